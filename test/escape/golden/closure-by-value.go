// build -gcflags=-m -l
package main

func main() {
	x := 1
	f := func() int { return x }
	_ = f()
}
