// run
package main

import "fmt"

func inner(msg string) func() {
	return func() { panic(msg) }
}

// outer calls inner: both get inlined into main, and the copy of inner's literal is named
// after the whole chain.
func outer() func() { return inner("from the chain") }

func main() {
	f := outer()
	fmt.Println("calling")
	f()
}
