package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	parts := []string{}
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

type Num interface{ ~int | ~int64 | ~float64 }

func Max[T Num](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int

func All[T any](xs []T) func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, len(s.items))
	var si Stack[int]
	_, ok = si.Pop()
	fmt.Println(ok)
	ps := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(Join(ps, ", "), ps[0])
	fmt.Println(Filter([]int{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(len(Keys(map[string]bool{"a": true})))
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max(MyInt(4), MyInt(2)))
	fmt.Printf("%T %T\n", s, ps[0])
	for i, x := range All([]string{"p", "q", "r"}) {
		if i == 2 {
			break
		}
		fmt.Print(i, x, " ")
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		for i := range All([]int{1, 2}) {
			_ = i
			panic("in body")
		}
	}()
}
