// build -gcflags=-m -l
package main

var g []*int

func main() {
	var s []*int
	x := 1
	s = append(s, &x)
	g = s
	var t []int
	t = append(t, 1, 2)
	_ = t
}
