// run
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("original")
}
