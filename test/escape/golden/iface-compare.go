// build -gcflags=-m -l
package main

func main() {
	var e interface{} = 1
	x := 2
	_ = e == x
}
