// run
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -0.5))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	var f float64 = 3
	fmt.Println(max(f, 2))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s)
	m := map[int]int{1: 1}
	clear(m)
	fmt.Println(len(m))
}
