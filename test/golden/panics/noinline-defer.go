// run
package main

import "fmt"

// A function with a defer statement is never inlined by gc 1.23.
func guarded(name string) func() {
	defer fmt.Println("built", name)
	return func() { panic("guarded " + name) }
}

func main() {
	f := guarded("g")
	f()
}
