// build -gcflags=-m -l
package main

func f() []int {
	s := []int{1, 2}
	return s
}

func g() []int {
	var a [2]int
	return a[:]
}

func main() {
	_ = f()
	_ = g()
}
