// run
package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	var c []int
	d := []int{}
	fmt.Println(a, b, c, d, len(b), cap(b))
	fmt.Println(c == nil, d == nil)
	fmt.Printf("%v %v %d %q\n", c, d, a, []string{"a", "b"})
	c = append(c, 1)
	fmt.Println(c, len(c), cap(c))
	for range c {
		fmt.Println("iter")
	}
	m := make([][]int, 2)
	m[0] = append(m[0], 1, 2)
	fmt.Println(m, m[1] == nil)
	fmt.Println(len([]int(nil)))
}
