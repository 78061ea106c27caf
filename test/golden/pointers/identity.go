// run
package main

import "fmt"

type T struct{ A int }

func main() {
	a := &T{1}
	b := &T{1}
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	fmt.Printf("%p %p %p\n", a, b, c)
	fmt.Println(a, b)
	x, y := 1, 1
	px, py := &x, &y
	fmt.Println(px == py, px == &x)
	fmt.Println(px, py, &x)
	s := []int{1, 2}
	fmt.Printf("%p %v\n", &s[0], &s[0] == &s[0])
	var e1, e2 struct{}
	_ = e1
	_ = e2
	m := map[*T]string{a: "a", b: "b"}
	fmt.Println(len(m), m[c])
}
