package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func half(x int) int {
	return
}

func main() {
	m := map[string]Counter{}
	m["a"].Inc()
	fmt.Println("a" + 1)
	var s []int
	p := &s
	_ = len(p)
	_ = p[0]
	var total float64
	count := 3
	_ = total / count
	name := "go"
	name[0] = 'G'
	var i interface{} = 1
	n := i + 1
	arr := [3]int{}
	arr = append(arr, 4)
	_ = n
	fmt.Println(half(2))
}
