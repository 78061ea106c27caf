package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func Eq[T comparable](a, b T) bool { return a == b }

func Bad[T any](a, b T) bool { return a == b }

type MyInt int

func main() {
	_ = Sum(1, 2.5)
	_ = Sum("a", "b")
	_ = Zero()
	_ = Sum[string]("a")
	_ = Map([]int{1}, 3)
	_ = Eq([]int{}, []int{})
	_ = Eq(1, "a")
	_ = Sum(MyInt(1), MyInt(2))
	_ = Zero[int, string]()
	f := Zero
	_ = f
}
