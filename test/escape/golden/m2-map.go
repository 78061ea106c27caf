// build -gcflags=-m=2 -l
package main

func main() {
	m := make(map[string]*int)
	x := 1
	m["k"] = &x
}
