// build -gcflags=-m -l
package main

var sink ***int

func main() {
	x := 1
	p := &x
	pp := &p
	sink = &pp
}
