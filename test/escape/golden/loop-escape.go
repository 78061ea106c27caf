// build -gcflags=-m -l
package main

var sink *int

func main() {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	sink = p
}
