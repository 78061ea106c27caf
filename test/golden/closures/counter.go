// run
package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	a := counter()
	b := counter()
	fmt.Println(a(), a(), a(), b(), a(), b())
	x := 10
	add := func(n int) { x += n }
	add(5)
	add(5)
	fmt.Println(x)
	fib := func() func() int {
		p, q := 0, 1
		return func() int {
			r := p
			p, q = q, p+q
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
