package main

type Base struct{ ID int }

func (b *Base) Describe() string { return "base" }

type A struct{ X int }
type B struct{ X int }

type C struct {
	A
	B
}

type D struct {
	*Base
	Name string
}

type Describer interface{ Describe() string }

func main() {
	c := C{}
	_ = c.X
	d := D{}
	_ = d.ID
	var desc Describer = d
	var desc2 Describer = D{}
	_ = d.Nope
	_, _ = desc, desc2
}
