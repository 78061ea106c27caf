// build -gcflags=-m -l
package main

func main() {
	m := map[string]*int{}
	x := 1
	m["a"] = &x
	ml := map[int]string{1: "a"}
	_ = ml
}
