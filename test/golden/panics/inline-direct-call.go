// run
package main

import "fmt"

func main() {
	fmt.Println("start")
	// The literal called on the spot is inlined into main; the literal inside it is copied into
	// main too, numbered after main's own literals.
	func() {
		check := func(n int) {
			if n > 1 {
				panic("n too big")
			}
		}
		check(1)
		check(2)
	}()
}
