// run
package main

import "fmt"

// Generic helpers are inlined too; the copy's name carries the instantiation marker:
// main.main.Twice[...].func2 (main's own literal is func1).
func Twice[T any](f func(T) T) func(T) T {
	return func(x T) T { return f(f(x)) }
}

func main() {
	inc := Twice(func(n int) int {
		if n > 2 {
			panic(fmt.Sprint("n = ", n))
		}
		return n + 1
	})
	fmt.Println(inc(1))
	fmt.Println(inc(2))
}
