// run
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4}
	b := a[:2]
	b = append(b, 99)
	fmt.Println(a, b)
	c := a[:2:2]
	c = append(c, 77)
	fmt.Println(a, c)
	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y, z, &y[3] == &z[3])
	orig := []string{"a", "b", "c"}
	removed := append(orig[:1], orig[2:]...)
	fmt.Println(removed, orig)
	grow := []int{}
	caps := []int{}
	for i := 0; i < 10; i++ {
		grow = append(grow, i)
		caps = append(caps, cap(grow))
	}
	fmt.Println(caps)
	s2 := append([]byte("ab"), "cd"...)
	fmt.Println(string(s2), len(s2), cap(s2))
}
