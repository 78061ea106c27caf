// run
package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 99
const Pi2 = math.Pi * 2
const third = 1.0 / 3

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Pi2)
	fmt.Println(third, float32(third))
	const h = 'h'
	fmt.Println(h, string(rune(h)), h+1)
	var f float64 = 3
	var i int = 3.0
	fmt.Println(f/2, i/2)
	fmt.Println(7/2, 7/2.0, 7.0/2)
	const c = 1e3
	var n int = c
	fmt.Println(n, c)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(1<<62, -1<<63)
}
