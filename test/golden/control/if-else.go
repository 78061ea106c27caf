// run
package main

import "fmt"

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	for _, n := range []int{-5, 0, 5} {
		fmt.Println(n, sign(n))
	}
	if v := 10; v > 5 && v < 20 {
		fmt.Println("in range", v)
	}
	a, b := true, false
	fmt.Println(a && b, a || b, !a, !b && a)
	calls := 0
	f := func(r bool) bool { calls++; return r }
	if f(false) && f(true) {
	}
	if f(true) || f(true) {
	}
	fmt.Println(calls)
}
