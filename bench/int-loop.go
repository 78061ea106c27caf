// Benchmark: a 1e8-iteration integer loop (additions, shifts, masks, a modulo) whose values stay
// well inside int64, the common case of counting loops.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 100_000_000; i++ {
		sum += (i ^ (i >> 3)) & 1023
		if i%7 == 0 {
			sum -= 3
		}
	}
	fmt.Println(sum)
}
