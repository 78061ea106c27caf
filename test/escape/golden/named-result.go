// build -gcflags=-m -l
package main

func f(p *int) (r *int) {
	r = p
	return
}

func main() {
	x := 1
	_ = f(&x)
}
