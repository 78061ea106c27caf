// build -gcflags=-m -l
package main

var g [3]*int

func main() {
	x := 1
	var arr [3]*int
	arr[1] = &x
	g = arr
}
