// run
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	pts := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	pts[Point{1, 2}] = "A"
	fmt.Println(len(pts), pts[Point{1, 2}], pts)
	arr := map[[2]int]int{{1, 1}: 1}
	arr[[2]int{1, 1}]++
	fmt.Println(arr)
	var ik map[interface{}]int = map[interface{}]int{}
	ik[1] = 1
	ik["1"] = 2
	ik[1.0] = 3
	ik[int64(1)] = 4
	fmt.Println(len(ik), ik[1], ik["1"], ik[1.0], ik[int64(1)])
	fm := map[float64]int{}
	fm[0.1+0.2] = 1
	fm[0.3] = 2
	fmt.Println(len(fm))
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	keys := []rune{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%c=%d ", k, counts[k])
	}
	fmt.Println()
}
