// run
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func open(p string) error {
	return fmt.Errorf("open wrapper: %w", &PathError{"open", p})
}

func main() {
	err := open("/tmp/x")
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as PathError:", pe.Op, pe.Path)
	}
	var c Code
	fmt.Println(errors.As(err, &c))
	err2 := fmt.Errorf("wrapped: %w", Code(7))
	fmt.Println(errors.As(err2, &c), c)
	var target interface{ Error() string }
	fmt.Println(errors.As(err2, &target), target)
}
