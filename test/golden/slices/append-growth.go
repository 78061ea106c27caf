// run
package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	var b []byte
	prev = -1
	for i := 0; i < 3000; i++ {
		b = append(b, 'x')
		if cap(b) != prev {
			fmt.Println("bytes", len(b), cap(b))
			prev = cap(b)
		}
	}
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]string(nil), "a")
	fmt.Println(len(y), cap(y))
	z := append(make([]int, 5, 5), make([]int, 20)...)
	fmt.Println(len(z), cap(z))
}
