// run
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

// Go 1.21: a generic function passed to a generic function is instantiated by inference.
type Number interface{ ~int | ~int64 | ~float64 }

func Double[T Number](x T) T { return x * 2 }

func Apply[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Identity[T any](x T) T { return x }

type Celsius float64

func main() {
	fmt.Println(Apply([]int{1, 2, 3}, Double))
	fmt.Println(Apply([]Celsius{1.5, -2}, Double))
	fmt.Println(Map([]int{7, 8}, strconv.Itoa))
	fmt.Println(Map([]string{"x"}, Identity))
	words := []string{"pear", "apple", "fig"}
	slices.SortFunc(words, cmp.Compare)
	fmt.Println(words)
	nums := []float64{2.5, -1, 0}
	slices.SortFunc(nums, cmp.Compare[float64])
	fmt.Println(nums, slices.MaxFunc(nums, cmp.Compare))
	var f func(int64) int64 = Double
	fmt.Printf("%T %v\n", f, f(21))
}
