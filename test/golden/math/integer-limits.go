// run
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint8, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	var x int64 = math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%T %T\n", math.MaxInt8, math.Pi)
}
