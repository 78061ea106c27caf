// run
package main

import (
	"fmt"
	"sort"
	"strings"
)

// Panics raised inside the standard library, or in a callback it calls: the trace shows the
// standard library's frames between the program's own.
func repeat(n int) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return strings.Repeat("ab", n)
}

func main() {
	fmt.Println(repeat(2))
	fmt.Println(repeat(-1))
	s := []int{3, 1, 2}
	sort.Slice(s, func(i, j int) bool {
		if s[i] == 2 || s[j] == 2 {
			panic("in less")
		}
		return s[i] < s[j]
	})
	fmt.Println(s)
}
