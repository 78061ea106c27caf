// build -gcflags=-m -l
package main

var sink *int

func keep(p *int) { sink = p }

func main() {
	x := 1
	keep(&x)
}
