// run
package main

import "fmt"

type P struct {
	X, Y int
	S    string
}

type Q struct {
	P
	F float64
}

func main() {
	a := P{1, 2, "s"}
	b := P{1, 2, "s"}
	c := P{1, 2, "t"}
	fmt.Println(a == b, a == c, a != c)
	q1 := Q{a, 0.5}
	q2 := Q{b, 0.5}
	fmt.Println(q1 == q2)
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb, pa == &a)
	type E struct{}
	fmt.Println(E{} == E{})
	arr1 := [2]P{a, b}
	arr2 := [2]P{b, a}
	fmt.Println(arr1 == arr2)
}
