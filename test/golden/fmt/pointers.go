// run
package main

import "fmt"

type N struct{ V int }

func main() {
	a := &N{1}
	b := &N{1}
	fmt.Println(a, b, a == b)
	fmt.Printf("%v %+v %p %t\n", a, b, a, a == a)
	x := 5
	px := &x
	fmt.Printf("%v %d\n", px == &x, *px)
	pp := &px
	fmt.Println(*pp == px)
	s := []*N{a, b, a}
	fmt.Printf("%p %p %p\n", s[0], s[1], s[2])
	m := map[string]*N{"a": a}
	fmt.Printf("%v\n", m["a"])
	var nilN *N
	fmt.Printf("%v %+v %p\n", nilN, nilN, nilN)
	arr := &[2]int{1, 2}
	sl := &[]string{"x"}
	mp := &map[string]int{"k": 1}
	fmt.Println(arr, sl, mp)
}
