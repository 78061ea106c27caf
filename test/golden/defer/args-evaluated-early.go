// run
package main

import "fmt"

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	p := &x
	defer func(v int, ptr *int) { fmt.Println("value", v, "pointer sees", *ptr) }(x, p)
	x = 3
	a()
	s := []int{1}
	defer fmt.Println("slice at defer time:", s)
	s[0] = 100
	s = append(s, 2)
}
