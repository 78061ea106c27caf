package main

type Number interface{ ~int | ~float64 }

func Double[T Number](x T) T { return x * 2 }

func Apply[T any](xs []T, f func(T) T) []T { return xs }

func Pair[T, U any](f func(T) U) {}

func Identity[T any](x T) T { return x }

func main() {
	_ = Apply([]string{"a"}, Double)
	Pair(Identity)
}
