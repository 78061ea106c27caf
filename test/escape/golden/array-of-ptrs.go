// build -gcflags=-m -l
package main

func main() {
	var arr [3]*int
	x := 1
	arr[0] = &x
	_ = arr
}
