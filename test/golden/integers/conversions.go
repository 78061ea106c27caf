// run
package main

import "fmt"

func main() {
	big := 300
	fmt.Println(int8(big), uint8(big), int16(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	var u32 uint32 = 4000000000
	fmt.Println(int32(u32), int64(u32), float64(u32))
	var i64 int64 = -5000000000
	fmt.Println(int32(i64), uint32(i64))
	r := 'é'
	fmt.Println(r, byte(r), string(r), string(rune(65)))
	fmt.Printf("%T %T %T\n", 'a', byte('a'), rune('a'))
	fmt.Println(float32(16777217), float64(float32(0.1)))
}
