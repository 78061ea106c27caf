// build -gcflags=-m -l
package main

func main() {
	s := make([]int, 10000)
	_ = s
	t := make([]byte, 65536)
	_ = t
	u := make([]byte, 65537)
	_ = u
	var big [200000]int
	_ = big
}
