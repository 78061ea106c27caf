// build -gcflags=-m -l
package main

func main() {
	x := 1
	f := func() { x++ }
	f()
	println(x)
}
