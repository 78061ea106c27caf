// build -gcflags=-m -l
package main

func main() {
	r := 'x'
	s := string(r)
	_ = s
}
