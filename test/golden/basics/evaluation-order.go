// run
package main

import "fmt"

func val(name string, v int) int {
	fmt.Print(name, " ")
	return v
}

func idx(name string, v int) int {
	fmt.Print("idx-", name, " ")
	return v
}

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[idx("a", 0)], a[idx("b", 1)] = val("x", 1), val("y", 2)
	fmt.Println(a)
	m := map[string]int{}
	m[fmt.Sprint("k", val("key", 1))] = val("value", 2)
	fmt.Println(m)
	f := func(x, y, z int) int { return x*100 + y*10 + z }
	fmt.Println(f(val("p", 1), val("q", 2), val("r", 3)))
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	s := []int{1, 2, 3}
	for i := range s {
		s[i], s[len(s)-1-i] = s[len(s)-1-i], s[i]
	}
	fmt.Println(s)
}
