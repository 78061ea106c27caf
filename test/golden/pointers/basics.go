// run
package main

import "fmt"

func inc(p *int) { *p++ }

type Box struct{ V int }

func newBox(v int) *Box { return &Box{v} }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 10
	fmt.Println(x)
	b := newBox(3)
	b.V++
	fmt.Println(b.V, *b)
	n := new(int)
	fmt.Println(*n)
	*n = 42
	fmt.Println(*n)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	q := &s[2]
	s = append(s, 4)
	*q = 30
	fmt.Println(s[2], *q)
	var nilp *Box
	fmt.Println(nilp == nil, nilp)
}
