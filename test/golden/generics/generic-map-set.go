// run
package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

type Number interface{ ~int | ~float64 }

func SumMap[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func main() {
	s := Set[string]{}
	s.Add("go", "rust", "go")
	fmt.Println(len(s), s.Has("go"), s.Has("c"))
	ks := Keys(map[int]string{3: "c", 1: "a", 2: "b"})
	sort.Ints(ks)
	fmt.Println(ks)
	fmt.Println(SumMap(map[string]float64{"a": 1.5, "b": 2.25}))
	ints := Set[int]{}
	ints.Add(1, 2, 3)
	fmt.Println(len(ints))
}
