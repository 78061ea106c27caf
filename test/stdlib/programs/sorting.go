package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func people(n int) []person {
	var ps []person
	for i := 0; i < n; i++ {
		ps = append(ps, person{fmt.Sprintf("p%d", i), (i * 7919) % 5})
	}
	return ps
}

func main() {
	for _, n := range []int{5, 13, 30, 60, 200} {
		a := people(n)
		sort.Slice(a, func(i, j int) bool { return a[i].age < a[j].age })
		fmt.Println(n, a[:min(n, 25)])
		b := people(n)
		sort.Sort(byAge(b))
		fmt.Println(n, b[:min(n, 25)])
		c := people(n)
		sort.SliceStable(c, func(i, j int) bool { return c[i].age < c[j].age })
		fmt.Println(n, c[:min(n, 25)])
		d := people(n)
		slices.SortFunc(d, func(x, y person) int { return cmp.Compare(x.age, y.age) })
		fmt.Println(n, d[:min(n, 25)])
		e := people(n)
		sort.Stable(sort.Reverse(byAge(e)))
		fmt.Println(n, e[:min(n, 25)])
	}
	ints := []int{5, 2, 8, 1, 9, 3, 3, -1}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.IntsAreSorted(ints))
	strs := strings.Fields("pear apple fig banana apple")
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"))
	fl := []float64{2.5, -1, 3, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	x := []int{3, 1, 2}
	slices.Sort(x)
	idx, ok := slices.BinarySearch(x, 2)
	fmt.Println(x, idx, ok, slices.Contains(x, 2), slices.Index(x, 3), slices.Max(x), slices.Min(x))
	x = slices.Insert(x, 1, 10, 11)
	fmt.Println(x, len(x), cap(x))
	x = slices.Delete(x, 0, 2)
	fmt.Println(x, len(x), cap(x))
	slices.Reverse(x)
	fmt.Println(x, slices.Equal(x, []int{3, 2, 11}), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	slices.Sort(big)
	fmt.Println(big[:10], slices.IsSorted(big))
}
