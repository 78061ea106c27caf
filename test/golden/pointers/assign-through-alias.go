// run
package main

import "fmt"

type T struct{ X int }

func main() {
	s := T{1}
	p := &s
	s = T{2}
	fmt.Println(p.X, s.X)
	a := [2]int{1, 2}
	q := &a
	a = [2]int{3, 4}
	fmt.Println(q[0], a[0])
}
