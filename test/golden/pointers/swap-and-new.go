// run
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

type Tree struct {
	Left, Right *Tree
	V           int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.V)
	t.Right.Walk(visit)
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	root.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	p := new([]int)
	*p = append(*p, 1, 2)
	fmt.Println(*p, len(*p))
	q := new(struct{ A int })
	q.A = 3
	fmt.Println(*q)
}
