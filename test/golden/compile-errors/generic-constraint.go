// run
package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Eq[T comparable](a, b T) bool { return a == b }

func Bad[T any](a, b T) bool { return a == b }

func main() {
	fmt.Println(Sum("a", "b"))
	fmt.Println(Eq([]int{}, []int{}))
	fmt.Println(Sum[int](1.5))
	fmt.Println(Bad(1, 2))
}
