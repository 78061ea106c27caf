// Benchmark: 1e6 inserts into a map[int]int, then lookups and deletes.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 1_000_000; i++ {
		m[i*7] = i
	}
	hits := 0
	for i := 0; i < 1_000_000; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	for i := 0; i < 500_000; i++ {
		delete(m, i*7)
	}
	fmt.Println(len(m), hits)
}
