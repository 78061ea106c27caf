// run
package main

import "fmt"

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func First[S ~[]E, E any](s S) E { return s[0] }

type IDs []int

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	fmt.Println(Keys(map[string]bool{"a": true}))
	ids := IDs{7, 8}
	fmt.Println(First(ids), First([]string{"z"}))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	p := Ptr(5)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(Apply(2, func(x int) int { return x * 10 }, func(x int) int { return x + 1 }))
}
