// run
package main

import "fmt"

type T struct{ N int }

func main() {
	a, b := &T{1}, &T{2}
	list := []*T{a, b, a}
	fmt.Println(list)
	fmt.Printf("%v %p\n", list[2], list[0])
	m := map[string]*T{"x": a}
	fmt.Println(len(m), m["x"] == list[2])
	s := []int{1, 2, 3}
	fmt.Printf("%p %p\n", s, &s[0])
	t := s[1:]
	fmt.Printf("%v\n", &t[0] == &s[1])
	println(a, b)
	x := 0
	px := &x
	fmt.Println(px == &x, fmt.Sprint(px) == fmt.Sprintf("%p", px))
	var np *T
	fmt.Printf("%p %v\n", np, np)
}
