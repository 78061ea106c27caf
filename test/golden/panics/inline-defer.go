// run
package main

import "fmt"

func cleanup(n int) {
	if n > 0 {
		panic(fmt.Sprint("cleanup ", n))
	}
}

// mk is inlined into main where `mk(1)` is evaluated (the defer statement), so the deferred
// closure is main's copy; the deferred call itself is never inlined.
func mk(n int) func() {
	return func() {
		if n > 0 {
			panic("from the deferred literal")
		}
	}
}

func main() {
	defer mk(1)()
	defer cleanup(1)
	fmt.Println("main body")
}
