// run
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	s := []string{"x", "y", "z"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		fmt.Print(v)
	}
	fmt.Println()
	back := slices.Collect(slices.Values([]int{3, 2, 1}))
	fmt.Println(back)
	m := maps.Collect(slices.All([]string{"zero", "one"}))
	fmt.Println(m)
	fmt.Println(slices.Sorted(maps.Keys(map[int]bool{3: true, 1: true, 2: false})))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks)
	fmt.Println(slices.Repeat([]int{1, 2}, 3))
}
