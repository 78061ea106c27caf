// run
package main

import "fmt"

// Recursive functions are not inlined.
func countdown(n int) func() {
	if n == 0 {
		return func() { panic("liftoff") }
	}
	return countdown(n - 1)
}

func main() {
	f := countdown(3)
	fmt.Println("counting down")
	f()
}
