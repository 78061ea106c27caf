// build -gcflags=-m=2 -l
package main

var g func() int

func main() {
	n := 0
	g = func() int {
		n++
		return n
	}
}
