package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func main() {
	var i int8 = KB
	var x = 1 / 0
	var y = 1.0 / 0
	const z = "a" + 1
	const w = len([]int{})
	var v = iota
	fmt.Println(A, B, C, E, MB, GB, Sunday, Monday, i, x, y, z, w, v)
	var d Weekday = 1
	var e int = Monday
	fmt.Println(d, e)
}
