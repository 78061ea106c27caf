// run
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = -32768
	c--
	fmt.Println(c)
	var d uint16 = 65535
	d += 2
	fmt.Println(d)
	var e int32 = 2147483647
	e += 1
	fmt.Println(e)
	var f uint32 = 4294967295
	f *= f
	fmt.Println(f)
	var g int64 = 9223372036854775807
	g++
	fmt.Println(g)
	var h uint64 = 18446744073709551615
	h++
	fmt.Println(h)
	var i int = -9223372036854775808
	i--
	fmt.Println(i)
	var j uint = 1
	j -= 2
	fmt.Println(j)
}
