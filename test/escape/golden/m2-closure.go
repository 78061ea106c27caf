// build -gcflags=-m=2 -l
package main

func main() {
	x := 1
	f := func() { x++ }
	f()
}
