package main

import "fmt"

func main() {
	fmt.Println(x)
	y = 3
	fmt.Printn("a")
	var t T
	undefinedFunc()
}
