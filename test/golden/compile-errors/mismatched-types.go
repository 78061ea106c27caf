// run
package main

import "fmt"

func main() {
	a := 1
	b := "two"
	fmt.Println(a + b)
	var f float64 = 2
	fmt.Println(a * f)
	var i8 int8 = 1
	var i16 int16 = 2
	fmt.Println(i8 == i16)
}
