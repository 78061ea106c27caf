// build -gcflags=-m=2 -l
package main

var sink any

type T struct{ p *int }

func f() (*int, T) { return nil, T{} }

func main() {
	var i any = new(int)
	r, ok := i.(*int)
	sink = r
	m := map[string]*int{}
	q, ok2 := m["a"]
	sink = q
	ch := make(chan *int)
	c, ok3 := <-ch
	sink = c
	var e any
	e, ok = i.(*int)
	sink = e
	a, b := f()
	sink = a
	sink = b
	_, _, _ = ok, ok2, ok3
}
