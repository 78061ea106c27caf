// build -gcflags=-m -l
package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	xs := []int{1, 2, 3, 4}
	strs := Map(xs, func(x int) string { return strconv.Itoa(x) })
	evens := Filter(xs, func(x int) bool { return x%2 == 0 })
	total := Reduce(xs, 0, func(a, x int) int { return a + x })
	fmt.Println(strs, evens, total)
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5))
	fmt.Println(Max(3, 7), Max("a", "b"))
}
