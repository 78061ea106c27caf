// build -gcflags=-m -l
package main

func f() *int {
	x := 42
	return &x
}

func main() { _ = f() }
