// build -gcflags=-m -l
package main

import "fmt"

// Shaped code calling generic code with its own type parameters passes a word of its own
// dictionary, converted to a pointer to the callee's: (*[words]uintptr)(.dict[index]).
type Num interface{ ~int | ~float64 }

type Vec[T Num] struct{ xs []T }

func (v *Vec[T]) Add(x T) { v.xs = append(v.xs, x) }

func (v *Vec[T]) Sum() T {
	var s T
	for _, x := range v.xs {
		s += x
	}
	return s
}

func (v *Vec[T]) Map(f func(T) T) *Vec[T] {
	out := &Vec[T]{}
	for _, x := range v.xs {
		out.Add(f(x))
	}
	return out
}

func (v Vec[T]) Len() int { return len(v.xs) }

func Scale[T Num](v *Vec[T], k T) *Vec[T] {
	return v.Map(func(x T) T { return x * k })
}

func Id[T any](x T) T { return x }

func Total[T Num](vs ...*Vec[T]) T {
	var t T
	for _, v := range vs {
		t += v.Sum()
		fmt.Println(v.Sum(), v.Len(), Scale(v, 2), Id(t), Id[int](1))
	}
	return t
}

func main() {
	v := &Vec[int]{}
	v.Add(1)
	fmt.Println(Total(v, Scale(v, 3)))
	w := &Vec[float64]{}
	fmt.Println(Total(w))
}
