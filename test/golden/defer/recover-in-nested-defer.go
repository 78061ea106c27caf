// run
package main

import "fmt"

func main() {
	defer func() {
		defer func() {
			fmt.Println("inner deferred recover:", recover())
		}()
		fmt.Println("outer deferred runs")
	}()
	panic("caught by the inner deferred call")
}
