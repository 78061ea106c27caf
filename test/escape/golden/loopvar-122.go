// build -gcflags=-m -l
package main

var fs []func()
var ps []*int

type T struct{ n int }

var g = &T{1}
var h = []int{1, 2}

func main() {
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { println(i) })
	}
	for j := 0; j < 3; j++ {
		ps = append(ps, &j)
	}
	for k := 0; k < 3; k++ {
		println(k)
	}
	for a, b := 0, 1; a < 3; a, b = b, a+b {
		ps = append(ps, &b)
	}
}
