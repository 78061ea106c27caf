// run
package main

import "fmt"

type S struct {
	A int
	B string
	C []int
	D map[string]int
	E *S
	F float64
	G bool
	H [3]byte
}

func main() {
	var s S
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Println(s.C == nil, s.D == nil, s.E == nil, len(s.C), len(s.D))
	var i interface{}
	var e error
	var f func()
	var ch chan int
	fmt.Println(i, e, f == nil, ch)
	fmt.Printf("%q %v %d\n", s.B, s.H, s.H)
}
