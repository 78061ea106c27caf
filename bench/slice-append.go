// Benchmark: 1e7 appends to a growing slice, then a pass over it.
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10_000_000; i++ {
		s = append(s, i)
	}
	sum := 0
	for _, v := range s {
		sum += v & 7
	}
	fmt.Println(len(s), cap(s), sum)
}
