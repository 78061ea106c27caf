// run
package main

import "fmt"

// makeAdder is small enough for gc to inline into main, so the closure it returns is
// re-created in main and named after the inlined call.
func makeAdder(step int) func() int {
	total := 0
	return func() int {
		total += step
		if total > 2 {
			panic(fmt.Sprintf("total %d too big", total))
		}
		return total
	}
}

func main() {
	add := makeAdder(1)
	fmt.Println(add())
	fmt.Println(add())
	fmt.Println(add())
}
