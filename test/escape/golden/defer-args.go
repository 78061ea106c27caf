// build -gcflags=-m -l
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("x =", x)
	for i := 0; i < 2; i++ {
		defer fmt.Println(i)
	}
}
