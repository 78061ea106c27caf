// run
package main

import "fmt"

func modify(a [3]int) { a[0] = 99 }
func modifyPtr(a *[3]int) { a[0] = 99 }

func main() {
	a := [3]int{1, 2, 3}
	modify(a)
	fmt.Println(a)
	modifyPtr(&a)
	fmt.Println(a)
	for i, v := range a {
		a[2] = 50
		fmt.Println(i, v)
	}
	p := &a
	for i, v := range p {
		p[2] = 70
		fmt.Println(i, v)
	}
	s := a[:]
	s[1] = -1
	fmt.Println(a, s)
	type Pt struct{ X, Y int }
	ps := [2]Pt{{1, 2}, {3, 4}}
	qs := ps
	qs[0].X = 9
	fmt.Println(ps, qs, ps == qs)
}
