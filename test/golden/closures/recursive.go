// run
package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n == 0 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(12))
	var walk func(depth int) string
	walk = func(depth int) string {
		if depth == 0 {
			return "."
		}
		return "(" + walk(depth-1) + ")"
	}
	fmt.Println(walk(4))
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90))
}
