// run
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	fmt.Printf("%04b %04b %b\n", a&b, a|b, a^b)
	var u uint8 = 0xF0
	fmt.Println(^u, u>>4, u<<1, u<<4)
	var s int8 = -1
	fmt.Println(s>>7, s<<7, uint8(s))
	x := 1
	fmt.Println(x<<63, x<<64, x<<100)
	var sh uint = 70
	fmt.Println(int64(1)<<sh, uint32(1)<<31, int32(x)<<31)
	fmt.Println(0x7f, 0o17, 017, 1_000_000, 0x_FF)
}
