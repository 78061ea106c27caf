// run
package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() {
	defer func() {
		r := helper()
		fmt.Println("helper recovered:", r)
	}()
	defer func() {
		r := recover()
		fmt.Println("direct recovered:", r)
	}()
	panic("first")
}

func notPanicking() {
	fmt.Println("recover when not panicking:", recover())
}

func main() {
	indirect()
	notPanicking()
	defer notPanicking()
	fmt.Println("end of main")
}
