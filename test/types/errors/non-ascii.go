package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2}
	var x int = "héllo"
	var r byte = 'ä'
	f := func() {}
	var n int = func() int { return 1 }
	var café int
	fmt.Println(s, x, r, f, n, []string{"é"} + 1)
}
