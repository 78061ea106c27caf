// build -gcflags=-m=2 -l
package main

var sink any

type T struct{ p *int }

func main() {
	var i any = &T{}
	a, ok1 := i.(*T)
	sink = a
	var j any = new(int)
	b, ok2 := j.(any)
	sink = b
	var k any = []int{1}
	c, ok3 := k.([]int)
	sink = c
	m := map[string]*T{}
	d, ok4 := m["x"]
	sink = d
	var e *T
	var ok5 bool
	e, ok5 = i.(*T)
	sink = e
	_, _, _, _, _ = ok1, ok2, ok3, ok4, ok5
}
