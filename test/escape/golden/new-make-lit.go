// build -gcflags=-m -l
package main

type T struct{ a, b int }

var g *T

func main() {
	p := new(int)
	*p = 1
	s := make([]int, 10)
	s[0] = 1
	m := make(map[int]int)
	m[1] = 2
	t := &T{1, 2}
	_ = t
	g = &T{3, 4}
	arr := []int{1, 2, 3}
	_ = arr
}
