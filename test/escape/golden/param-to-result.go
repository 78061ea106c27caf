// build -gcflags=-m -l
package main

func id(p *int) *int { return p }

func main() {
	x := 1
	_ = id(&x)
}
