// build -gcflags=-m -l
package main

var sink *int

func f(pp **int) { sink = *pp }

func main() {
	x := 1
	p := &x
	f(&p)
}
