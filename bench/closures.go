// Benchmark: a closure-heavy loop, 2e7 calls through function values that capture variables.
package main

import "fmt"

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	total := 0
	fs := []func(int) int{adder(1), adder(2), adder(3)}
	inc := func() { total++ }
	for i := 0; i < 20_000_000; i++ {
		total = fs[i%3](total)
		if i%1000 == 0 {
			inc()
		}
	}
	fmt.Println(total)
}
