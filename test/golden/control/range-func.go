// run
package main

import (
	"fmt"
	"maps"
	"slices"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Pairs(s []string) func(yield func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i*10, v) {
				return
			}
		}
	}
}

func main() {
	for i := range Count(3) {
		fmt.Println("got", i)
	}
	for i := range Count(10) {
		if i == 2 {
			break
		}
		fmt.Println("loop", i)
	}
	for k, v := range Pairs([]string{"x", "y"}) {
		fmt.Println(k, v)
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	func() {
		for i := range Count(5) {
			if i == 1 {
				defer fmt.Println("deferred in range-func body", i)
				return
			}
		}
	}()
}
