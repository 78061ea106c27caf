// run
package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

func main() {
	var err error = &E{"pointer error"}
	fmt.Println(err)
	panic(err)
}
