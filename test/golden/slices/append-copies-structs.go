// run
package main

import "fmt"

type P struct{ X int }

func main() {
	a := []P{{1}, {2}}
	b := append([]P{}, a...)
	b[0].X = 9
	fmt.Println(a, b)
	c := append(a[:1], a[1:]...)
	c[1].X = 7
	fmt.Println(a, c)
	p := &a[0]
	a = append(a, P{3})
	p.X = 100
	fmt.Println(a, *p)
	arrs := [][2]int{{1, 2}}
	q := &arrs[0]
	arrs = append(arrs, [2]int{3, 4})
	q[0] = 50
	fmt.Println(arrs, *q)
	d := make([]P, 1, 1)
	e := append(d, d...)
	e[0].X = 5
	e[1].X = 6
	fmt.Println(d, e)
	f := make([]P, 1, 4)
	g := append(f, f...)
	g[1].X = 8
	fmt.Println(f, g)
}
