// run
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyInt int

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	fmt.Println(Sum([]MyInt{4, 5}))
	fmt.Printf("%T\n", Sum([]MyInt{}))
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max("go", "rust"))
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1}, 5))
	type P struct{ X int }
	fmt.Println(Index([]P{{1}, {2}}, P{2}))
}
