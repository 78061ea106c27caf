// run
package main

import (
	"fmt"
	"strings"
)

func future(f func() string) <-chan string {
	c := make(chan string, 1)
	go func() { c <- f() }()
	return c
}

func main() {
	a := future(func() string { return strings.ToUpper("hello") })
	b := future(func() string { return strings.Repeat("ab", 3) })
	reqs := make(chan chan int)
	go func() {
		n := 0
		for r := range reqs {
			n++
			r <- n * n
		}
	}()
	var sq []int
	for i := 0; i < 4; i++ {
		r := make(chan int)
		reqs <- r
		sq = append(sq, <-r)
	}
	close(reqs)
	fmt.Println(<-b, <-a, sq)
}
