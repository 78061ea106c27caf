// Generic declarations and instantiations, for comparing golesson's parser with go/parser.
package main

type Number interface {
	~int | ~int64 | float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

type Tree[T interface{ Less(T) bool }] struct {
	left, right *Tree[T]
	val         T
}

type PtrTo[T any] interface{ *T }

type A[P *int,] int

type B[P *Q, Q any] int

type Set[T comparable] map[T]struct{}

type Embeds[T any] struct {
	List[T]
	*Pair[string, T]
}

type I[T any] interface {
	Pair[int, T] | List[T]
	M(T) T
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func (p Pair[K, V]) Swap() Pair[V, K] {
	return Pair[V, K]{p.Val, p.Key}
}

func (l *List[T]) Push(x T) { *l = append(*l, x) }

func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }

func main() {
	p := Pair[string, int]{"a", 1}
	_ = Map[int, string]([]int{1}, func(i int) string { return "" })
	_ = Sum(1, 2)
	_ = Sum[float64]
	var l List[int]
	l.Push(1)
	_ = p
	var t Tree[P]
	_ = t
	_ = Set[int]{}
}
