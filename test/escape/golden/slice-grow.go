// build -gcflags=-m -l
package main

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func main() { _ = build(3) }
