// build -gcflags=-m=2 -l
package main

import "fmt"

type T struct{ n int }

func (t T) V(k int) int { return t.n + k }
func (t *T) M() int     { return t.n }

func vals(xs ...int) int { return len(xs) }

func (t *T) Sum(xs ...int) int { return t.n + len(xs) }

func main() {
	p := &T{1}
	fmt.Println(p.V(1), p.M())
	var t T
	fmt.Println(t.Sum(1, 2), t.Sum([]int{3}...), vals(1))
	fmt.Println(T{}.V(2))
}
