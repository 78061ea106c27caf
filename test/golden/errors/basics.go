// run
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "" {
		return ErrNotFound
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err, err == ErrNotFound, err.Error())
	fmt.Println(find("x") == nil)
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	fmt.Printf("%+v\n", err)
}
