// run
package main

import "fmt"

func level(n int) {
	defer fmt.Println("exit level", n)
	fmt.Println("enter level", n)
	if n < 3 {
		level(n + 1)
	}
}

func main() {
	level(1)
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("main body")
}
