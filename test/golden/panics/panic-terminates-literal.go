// run
// A function literal ending in panic is terminating; a deferred call that panics again, with inlined closures.
package main

import "fmt"

func mk(names ...string) (f func() string, n int) {
	n = len(names)
	f = func() string {
		if n > 2 {
			panic(fmt.Sprint("too many: ", names))
		}
		return names[0]
	}
	return
}

func pair(a, b int) (func() int, func() int) {
	return func() int { return a }, func() int { panic(b) }
}

func main() {
	f, n := mk("a", "b")
	fmt.Println(f(), n)
	x, y := pair(1, 2)
	fmt.Println(x())
	g, _ := mk("a", "b", "c")
	defer func() {
		fmt.Println("recovered:", recover())
		y()
	}()
	g()
}
