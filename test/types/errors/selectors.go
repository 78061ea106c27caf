package main

import "strings"

type T struct {
	name string
	Age  int
}

func (t T) Hello() string { return t.name }
func (t *T) Set()         {}

type I interface{ M() }

func main() {
	t := T{}
	t.foo()
	t.Name = "x"
	t.hello()
	t.age = 3
	_ = strings.NoSuch
	_ = strings.toLower
	T{}.Set()
	var p *I
	p.M()
	var i I
	i.N()
	(*T).X(nil)
	T.Set(t)
}
