// build -gcflags=-m -l
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func Total[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Largest[S Shape](shapes ...S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func AsShapes[S Shape](xs []S) []Shape {
	out := make([]Shape, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	rs := []Rect{{1, 2}, {3, 4}}
	fmt.Println(Total(rs))
	cs := []*Circle{{1}, {2}}
	fmt.Println(Total(cs))
	fmt.Println(Largest(Rect{1, 1}, Rect{2, 2}))
	fmt.Println(len(AsShapes(rs)))
	fmt.Println(Must(1, nil), Must("x", errors.New("e")))
}
