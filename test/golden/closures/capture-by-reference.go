// run
package main

import "fmt"

func main() {
	var fs []func()
	x := 1
	fs = append(fs, func() { fmt.Println("x is", x) })
	x = 2
	fs = append(fs, func() { fmt.Println("x still", x) })
	x = 3
	for _, f := range fs {
		f()
	}
	s := []int{1}
	g := func() { s = append(s, len(s)+1) }
	g()
	g()
	fmt.Println(s)
	y := 0
	inc, get := func() { y++ }, func() int { return y }
	inc()
	inc()
	fmt.Println(get(), y)
}
