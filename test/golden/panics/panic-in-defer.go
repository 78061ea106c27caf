// run
package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred print runs")
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}
