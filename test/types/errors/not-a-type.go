package main

import "fmt"

var v = 3

func f() {}

func main() {
	var x v
	var y f
	var z fmt
	var w fmt.Foo
	var q [v]int
	_, _, _, _, _ = x, y, z, w, q
}
