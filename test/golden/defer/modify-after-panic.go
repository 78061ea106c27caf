// run
package main

import (
	"errors"
	"fmt"
)

var ErrDiv = errors.New("divide by zero")

func div(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = ErrDiv
			q = -1
		}
	}()
	q = a / b
	return
}

func main() {
	fmt.Println(div(10, 2))
	q, err := div(1, 0)
	fmt.Println(q, err, errors.Is(err, ErrDiv))
}
