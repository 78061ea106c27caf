package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Pair[K comparable, V any] struct {
	k K
	v V
}

type Num interface{ ~int | ~float64 }

func main() {
	var s Stack
	var p Pair[int]
	var q Pair[[]int, int]
	var n Num
	var st Stack[int]
	st.Push("x")
	var b Stack[int, int]
	_, _, _, _, _ = s, p, q, n, b
}

var bad interface{ ~int | string }

func useComparable(c comparable) {}
