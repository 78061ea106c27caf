// run
package main

import "fmt"

func main() {
	var a [5]int
	a[2] = 7
	b := [3]string{"x", "y", "z"}
	c := [...]int{1, 2, 3, 4}
	d := [5]int{1: 10, 3: 30}
	fmt.Println(a, b, c, d, len(a), len(c), cap(d))
	e := c
	e[0] = 100
	fmt.Println(c, e, c == e, c != e)
	var m [2][3]int
	m[1][2] = 5
	fmt.Println(m, len(m), len(m[0]))
	for i, v := range b {
		fmt.Println(i, v)
	}
	fmt.Printf("%v %d %T\n", d, d, d)
}
