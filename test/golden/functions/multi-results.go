// run
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	return a / b, nil
}

func pass() (int, int) { return divmod(17, 5) }

func sum(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(named(3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeDiv(9, 3))
	fmt.Println(sum(pass()))
	s, c := named(2)
	fmt.Println(s, c)
}
