package main

type T struct{ x int }

func main() {
	a := 1
	a := 2
	t := T{}
	t.x := 3
	b, b := 1, 2
	_ := 1
	var c int
	c, _ := 1, 2
	_, _, _ = a, b, c
}
