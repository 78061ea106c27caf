// build -gcflags=-m -l
package main

var sink any

func main() {
	n := 5
	a := make(map[int]int, 10)
	b := make(map[int]int, n)
	c := make(map[int]int, len(a))
	d := make(map[int]int)
	const k = 3
	e := make(map[int]int, k)
	var m int64 = 2
	f := make(map[int]int, m)
	sink, sink, sink, sink, sink, sink = a, b, c, d, e, f
}
