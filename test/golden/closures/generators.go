// run
package main

import "fmt"

func gen(start, step int) func() (int, bool) {
	n := start
	return func() (int, bool) {
		if n > 20 {
			return 0, false
		}
		v := n
		n += step
		return v, true
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	next := gen(3, 5)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	h := compose(adder(1), func(x int) int { return x * x })
	fmt.Println(h(2), h(3))
	adders := []func(int) int{}
	for i := 0; i < 3; i++ {
		adders = append(adders, adder(i*10))
	}
	for _, a := range adders {
		fmt.Print(a(1), " ")
	}
	fmt.Println()
}
