package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys, slices.Sorted(maps.Values(m)))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	c := maps.Clone(m)
	delete(c, "apple")
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	for i, v := range slices.Backward([]int{1, 2, 3}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(ch, len(ch), cap(ch), " ")
	}
	fmt.Println()
}
