package main

type MyInt = int
type Strs = []string

func main() {
	var x MyInt = "s"
	var y Strs = 3
	var z byte = "a"
	var w any = 1
	w.Foo()
	var r rune = "x"
	_, _, _, _ = x, y, z, r
}
