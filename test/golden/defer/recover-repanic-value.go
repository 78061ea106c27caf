// run
package main

import (
	"errors"
	"fmt"
)

var ErrFatal = errors.New("fatal")

func layer(n int) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok && errors.Is(e, ErrFatal) {
			fmt.Println("layer", n, "re-panics")
			panic(fmt.Errorf("layer %d: %w", n, e))
		}
		err = fmt.Errorf("layer %d recovered %v", n, r)
	}()
	if n == 0 {
		panic(ErrFatal)
	}
	if n == 5 {
		panic("minor")
	}
	return layer(n - 1)
}

func main() {
	fmt.Println(layer(5))
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		fmt.Println(errors.Is(r.(error), ErrFatal))
	}()
	fmt.Println(layer(2))
}
