// run
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Pairs[K comparable, V any](m map[K]V, keys []K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func find() (res int) {
	defer func() { fmt.Println("find returns", res) }()
	for i := range Count(10) {
		defer fmt.Println("deferred in loop", i)
		if i == 2 {
			return i * 100
		}
	}
	return -1
}

func main() {
	for i := range Count(5) {
		if i == 3 {
			break
		}
		fmt.Println(i)
	}
	fmt.Println(find())
	m := map[string]int{"a": 1, "b": 2}
	for k, v := range Pairs(m, []string{"b", "a"}) {
		fmt.Println(k, v)
	}
	next, stop := iter.Pull(Count(3))
	v, ok := next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
	stop()
	v, ok = next()
	fmt.Println(v, ok)
	fmt.Println(slices.Collect(Count(4)))
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for i, s := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for _, part := range strings.Split("a,b,c", ",") {
		fmt.Print(part)
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i := range Count(3) {
			if i == 1 {
				panic("in body")
			}
		}
	}()
	outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("ij", i, j)
		}
	}
}
