// run
package main

import "fmt"

var notType = 3

func main() {
	var x notType
	y := fmt(1)
	z := int
	fmt.Println(x, y, z)
}
