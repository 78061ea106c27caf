// run
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Issue }

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", "negative"}
	}
	if age > 150 {
		return &ValidationError{"age", "too large"}
	}
	return nil
}

func main() {
	for _, a := range []int{10, -1, 200} {
		err := validate(a)
		switch e := err.(type) {
		case nil:
			fmt.Println(a, "ok")
		case ValidationError:
			fmt.Println(a, "value error:", e.Field, e)
		case *ValidationError:
			fmt.Println(a, "pointer error:", e.Issue, e)
		}
	}
	var ve ValidationError
	fmt.Println(errors.As(validate(-5), &ve), ve.Issue)
}
