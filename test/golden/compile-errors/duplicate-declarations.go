// run
package main

import "fmt"

type T struct {
	A int
	A string
}

func (T) M() {}
func (T) M() {}

func helper() {}
func helper() {}

var v = 1
var v = 2

func main() {
	x := 1
	var x = 2
	x, y := 3, 4
	fmt.Println(x, y)
}
