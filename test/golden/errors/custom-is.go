// run
package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (e StatusErr) Error() string { return fmt.Sprintf("status %d", e.Code) }
func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

type wrap struct{ inner error }

func (w wrap) Error() string { return "wrap(" + w.inner.Error() + ")" }
func (w wrap) Unwrap() error { return w.inner }

func main() {
	err := wrap{StatusErr{404}}
	fmt.Println(err)
	fmt.Println(errors.Is(err, StatusErr{404}), errors.Is(err, StatusErr{500}), errors.Is(err, StatusErr{}))
	var se StatusErr
	fmt.Println(errors.As(err, &se), se.Code)
	fmt.Println(errors.Is(nil, nil), errors.Is(err, nil))
}
