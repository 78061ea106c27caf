// run
// A notebook's statement cells, one after another, are this one program; test/session runs each
// part between "// cell" lines as its own cell and expects the same output.
package main

import "fmt"

func main() {
	// cell
	counter := 0
	incr := func() int { counter++; return counter }
	// cell
	incr()
	incr()
	fmt.Println(counter)
	// cell
	p := struct{ X, Y int }{1, 2}
	move := func(d int) { p.X += d }
	// cell
	move(10)
	fmt.Println(p)
	// cell
	counter = 100
	fmt.Println(incr(), counter)
	// cell
	fmt.Println(counter, incr(), p.X, func() int { move(5); return 0 }())
	// cell
	ptr := &counter
	*ptr = 7
	// cell
	fmt.Println(incr(), *ptr)
}
