// build -gcflags=-m -l
package main

var sink *int

func main() {
	i := 0
L:
	x := i
	sink = &x
	i++
	if i < 3 {
		goto L
	}
}
