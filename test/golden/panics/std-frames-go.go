// run
package main

import (
	"errors"
	"fmt"
	"slices"
)

type notAnError struct{}

// A panic raised in standard-library code: its frames sit between the program's own.
func find(err error) bool {
	var target *notAnError
	return errors.As(err, &target)
}

func main() {
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, func(a, b int) int { return a - b })
	fmt.Println(xs)
	fmt.Println(find(errors.New("plain")))
}
