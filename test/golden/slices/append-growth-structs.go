// run
package main

import "fmt"

type P struct{ A, B, C int64 }

func main() {
	var s []P
	prev := -1
	for i := 0; i < 500; i++ {
		s = append(s, P{})
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	var r []int32
	prev = -1
	for i := 0; i < 600; i++ {
		r = append(r, 1)
		if cap(r) != prev {
			fmt.Println("int32", len(r), cap(r))
			prev = cap(r)
		}
	}
	var str []string
	prev = -1
	for i := 0; i < 300; i++ {
		str = append(str, "")
		if cap(str) != prev {
			fmt.Println("string", len(str), cap(str))
			prev = cap(str)
		}
	}
}
