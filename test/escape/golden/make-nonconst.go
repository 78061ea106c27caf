// build -gcflags=-m -l
package main

func f(n int) {
	s := make([]int, n)
	_ = s
	c := make([]byte, 0, n)
	_ = c
}

func main() { f(3) }
