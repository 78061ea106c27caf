// Benchmark: 1e8 iterations of int arithmetic that wraps around 64 bits (a linear congruential
// generator), the path where golesson must leave JS numbers for exact int64.
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
