// run
package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 3, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	fmt.Println(sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	fmt.Println(sort.SearchStrings(strs, "banana"))
}
