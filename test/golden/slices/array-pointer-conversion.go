// run
package main

import "fmt"

type P struct{ X int }

func main() {
	a := [6]int{1, 2, 3, 4, 5, 6}
	s := a[2:5]
	p := (*[3]int)(s)
	q := (*[3]int)(a[2:5])
	p[0] = 30
	s[1] = 40
	fmt.Println(a, *p, p == q, len(p), cap(p[:]))
	p2 := (*[2]int)(s)
	p2[1] = 41
	fmt.Println(a, *p2, *p)
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	c := *p
	c[0] = -1
	fmt.Println(a, c)
	e := &p[2]
	*e = 50
	fmt.Println(a, p)
	ps := []P{{1}, {2}, {3}}
	pp := (*[2]P)(ps[1:])
	pp[0].X = 20
	pp[1] = P{30}
	fmt.Println(ps, *pp)
	t := p[1:]
	t = append(t, 99)
	fmt.Println(a, t, len(t), cap(t))
	u := p[:2]
	u = append(u, 77)
	fmt.Println(a, u)
	var arr [3]int = *p
	arr[0] = 0
	fmt.Println(arr, a)
	fmt.Printf("%v %d\n", p, p)
	copy(p[:], []int{7, 8, 9})
	fmt.Println(a)
	clear(p[:])
	fmt.Println(a)
}
