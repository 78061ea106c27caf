// run
package main

import "fmt"

func main() {
	var a int8 = 200
	var b uint = -1
	const big = 1 << 70
	var c int = big
	x := 1 / 0
	var d byte = 'é'
	fmt.Println(a, b, c, x, d, int32(1)<<31)
}
