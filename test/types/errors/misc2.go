package main

import "fmt"

type T struct{ x int }

func (t T) Get() int { return t.x }

func main() {
	var arr [3]int
	for i := range &arr {
		_ = i
	}
	const c int8 = 100
	_ = c * 2
	_ = 1.0 / 0.0
	x := 3
	x = x
	var t T
	t.Get = nil
	fmt.Printf("%d\n")
	var p *T
	p.x = 1
	var s []int
	s.len()
	var u uint = 1
	_ = -u
	_ = u << -1
	var ch chan int
	ch <- "a"
}
