// run
package main

import "fmt"

type S struct{}

func (S) Method(n int) { deep(n) }

func deep(n int) {
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	deep(n - 1)
}

func main() {
	var s S
	s.Method(3)
}
