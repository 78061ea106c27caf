// run
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...interface{}) {
	fmt.Println(prefix, len(vals), vals == nil, vals)
}

func mod(xs ...int) { xs[0] = 100 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	info("a")
	info("b", 1, "two", 3.0)
	info("c", nil)
	args := []interface{}{1, 2}
	info("d", args...)
	mod(s...)
	fmt.Println(s)
	fmt.Println(append([]int{}, s...))
}
