// Benchmark: a 1e8-iteration integer loop with wrap-around arithmetic.
package main

import "fmt"

func main() {
	sum := 0
	x := 1
	for i := 0; i < 100_000_000; i++ {
		x = x*1103515245 + 12345
		sum += (x >> 16) & 1023
	}
	fmt.Println(sum, x)
}
