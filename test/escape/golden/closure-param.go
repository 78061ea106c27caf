// build -gcflags=-m -l
package main

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	k := 3
	_ = apply(func(x int) int { return x * k }, 2)
}
