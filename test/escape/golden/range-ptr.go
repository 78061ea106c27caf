// build -gcflags=-m -l
package main

var sink []*int

func main() {
	xs := []int{1, 2, 3}
	for i := range xs {
		sink = append(sink, &xs[i])
	}
	for _, v := range xs {
		v := v
		sink = append(sink, &v)
	}
}
