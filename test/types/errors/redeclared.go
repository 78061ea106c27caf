package main

var a int
var a string

func f() {}
func f() {}

type T struct{}

func (T) M() {}
func (T) M() {}

type S struct {
	x int
	x string
}

func main() {
	b := 1
	var b int
	b := 2
	c, b := 3, 4
	_ = c
	{
		b := 5
		_ = b
	}
	x, x := 1, 2
	_ = x
}
