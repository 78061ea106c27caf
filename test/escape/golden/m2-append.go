// build -gcflags=-m=2 -l
package main

var g []*int

func main() {
	x := 1
	g = append(g, &x)
}
