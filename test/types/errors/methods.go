package main

type T struct{}

func (t T) M()  {}
func (t *T) P() {}

type I interface{ P() }

func (i int) X() {}

type Ptr *T

func (p Ptr) Y() {}

func (t T) T() {}

func main() {
	T{}.P()
	var i I = T{}
	var j I = &T{}
	f := T.P
	g := (*T).M
	_, _, _, _ = i, j, f, g
}
