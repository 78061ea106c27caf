// run
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
		panic(errors.New("fresh panic after recovery"))
	}()
	panic("initial")
}
