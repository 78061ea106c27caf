// build -gcflags=-m -l
package main

var g []int

func main() {
	var a [4]int
	s := a[:]
	_ = s
	var b [4]int
	g = b[1:3]
}
