// run
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = i%3 == 0
	}
	for k, v := range m {
		if !v {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
	n := map[string]int{"a": 1}
	n["b"] = n["a"] + n["missing"]
	fmt.Println(n)
	type key struct {
		x, y int
	}
	grid := map[key]rune{{0, 0}: 'a', {1, 0}: 'b'}
	fmt.Println(string(grid[key{1, 0}]), len(grid), grid[key{5, 5}] == 0)
}
