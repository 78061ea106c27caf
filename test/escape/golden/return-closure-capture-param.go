// build -gcflags=-m -l
package main

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() { _ = adder(1)(2) }
