// run
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func layer1() error { return fmt.Errorf("layer1: %w", ErrBase) }
func layer2() error { return fmt.Errorf("layer2: %w", layer1()) }

func main() {
	err := layer2()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrBase), errors.Is(err, errors.New("base failure")))
	u := errors.Unwrap(err)
	fmt.Println(u)
	fmt.Println(errors.Unwrap(u))
	fmt.Println(errors.Unwrap(errors.Unwrap(u)))
	notWrapped := fmt.Errorf("v: %v", ErrBase)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrBase), errors.Unwrap(notWrapped))
	two := fmt.Errorf("both %w and %w", ErrBase, errors.New("other"))
	fmt.Println(two, errors.Is(two, ErrBase), errors.Unwrap(two))
	fmt.Println(fmt.Errorf("%w", nil))
}
