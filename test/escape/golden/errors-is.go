// build -gcflags=-m -l
package main

import "errors"

var ErrX = errors.New("x")

func f() error { return ErrX }

func main() {
	err := f()
	_ = errors.Is(err, ErrX)
}
