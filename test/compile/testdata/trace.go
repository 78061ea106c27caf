package main

import "fmt"

type T struct{}

func (t *T) M(n int) int {
	s := []int{1, 2, 3}
	return s[n]
}

func main() {
	fmt.Println("start")
	f := func() int {
		var t T
		return t.M(5)
	}
	fmt.Println(f())
}
