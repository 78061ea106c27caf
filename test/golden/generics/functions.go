// run
package main

import "fmt"

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

func main() {
	nums := []int{1, 2, 3, 4, 5}
	sq := Map(nums, func(n int) int { return n * n })
	strs := Map(nums, func(n int) string { return fmt.Sprint("#", n) })
	fmt.Println(sq, strs)
	fmt.Println(Filter(nums, func(n int) bool { return n%2 == 1 }))
	fmt.Println(Reduce(nums, 0.5, func(a float64, n int) float64 { return a + float64(n) }))
	fmt.Println(Map[int, bool](nums, func(n int) bool { return n > 2 }))
	fmt.Printf("%T\n", Map[string, int])
}
