// run
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Contains(s, 9), slices.Index(s, 1), slices.Index(s, 7))
	fmt.Println(slices.Max(s), slices.Min(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s)
	slices.Reverse(c)
	fmt.Println(c)
	i, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1}, nil))
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	fmt.Println(slices.Insert([]int{1, 4}, 1, 2, 3), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
	fmt.Println(slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "C") }))
}
