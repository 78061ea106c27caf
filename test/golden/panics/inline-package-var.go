// run
package main

import "fmt"

func makeCounter(limit int) func() int {
	n := 0
	return func() int {
		n++
		if n > limit {
			panic(fmt.Sprint("counter passed ", limit))
		}
		return n
	}
}

// Package-level initializers run in main.init: the literal below is main.init.func1, and the
// copy of makeCounter's literal inlined there is main.init.makeCounter.func2.
var double = func(x int) int { return 2 * x }

var next = makeCounter(2)

func main() {
	fmt.Println(double(next()))
	fmt.Println(double(next()))
	fmt.Println(double(next()))
}
