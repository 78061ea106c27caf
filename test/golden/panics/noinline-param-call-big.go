// run
package main

import "fmt"

// apply calls its argument twice and prints: too costly to inline, so the literal passed to it
// is main.main.func1 and its own literal main.main.func1.1.
func apply(f func()) {
	fmt.Println("before")
	f()
	fmt.Println("between")
	f()
}

func main() {
	n := 0
	apply(func() {
		n++
		check := func() {
			if n > 1 {
				panic("second call")
			}
		}
		check()
	})
}
