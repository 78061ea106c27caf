// run
package main

import "fmt"

type Counter struct{ n int }

func NewCounter() *Counter {
	c := Counter{}
	return &c
}

func pointerToLocal() *int {
	v := 42
	return &v
}

func main() {
	a := NewCounter()
	b := NewCounter()
	a.n++
	fmt.Println(a.n, b.n, a != b)
	p := pointerToLocal()
	q := pointerToLocal()
	*p = 1
	fmt.Println(*p, *q, p != q)
	fmt.Println(a, *b)
}
