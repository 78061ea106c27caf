// build -gcflags=-m -l
package main

func main() {
	src := []*int{new(int)}
	dst := make([]*int, 1)
	copy(dst, src)
	b := make([]byte, 3)
	copy(b, "abc")
}
