// run
package main

import "fmt"

type T struct{ A int }

func main() {
	s := []int{1}
	m := map[string]int{}
	fmt.Println(s == s)
	fmt.Println(m == m)
	var t T
	fmt.Println(t + t)
	str := "x"
	fmt.Println(str - "y")
	fmt.Println(-str)
	var b bool
	fmt.Println(b < b)
	f := func() {}
	fmt.Println(f == f)
	fmt.Println(t.B)
}
