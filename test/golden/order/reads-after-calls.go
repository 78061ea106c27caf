// run
package main

import "fmt"

type T struct{ n int }

func (t *T) inc() int { t.n++; return t.n }

var g = 1

func bump() int { g += 10; return g }

func main() {
	a := 1
	f := func() int { a++; return a }
	fmt.Println(a, f())
	fmt.Println(a+0, f())
	fmt.Println(-a, f())
	s := []int{1, 2, 3}
	h := func() int { s[0] = 100; return 0 }
	fmt.Println(s[0], h())
	m := map[string]int{"k": 1}
	mm := func() int { m["k"] = 7; return 0 }
	fmt.Println(m["k"], mm())
	p := &T{}
	fmt.Println(p.n, p.inc(), *p, p.inc())
	fmt.Println(g, bump())
	x, y := a, f()
	fmt.Println(x, y)
	arr := [2]int{1, 2}
	ai := func() int { arr[1] = 50; return 0 }
	fmt.Println(arr, arr[1], ai())
	str := "ab"
	sf := func() int { str = "zz"; return 0 }
	fmt.Println(str, len(str), str+"!", sf())
	z := a
	r := z + f() + a
	fmt.Println(r)
	q := []int{a, f(), a}
	fmt.Println(q)
	var iface interface{} = a
	fmt.Println(iface, a, f())
	fmt.Println(fmt.Sprint(a), f())
	ch := make(chan int, 1)
	ch <- 5
	fmt.Println(a, <-ch, f())
	fmt.Println(struct{ A, B int }{a, f()})
	mp := map[int]int{a: f()}
	fmt.Println(mp)
	fmt.Printf("%d %d %d\n", a, f(), a)
	sum := func(xs ...int) int { t := 0; for _, v := range xs { t = t*100 + v }; return t }
	fmt.Println(sum(a, f(), a))
	fmt.Println(sum2(a, f()))
	fmt.Println(a == f())
	fmt.Println(a < f(), a)
	b := a
	bp := &b
	bf := func() int { *bp = 0; return 1 }
	fmt.Println(*bp, bf(), b)
}

func sum2(x, y int) int { return x*10 + y }
