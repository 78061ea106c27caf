// build -gcflags=-m=2 -l
package main

func main() {
	s := make([]int, 0, 4)
	n := 5
	t := make([]int, n)
	_, _ = s, t
}
