// build -gcflags=-m -l
package main

import "fmt"

func main() {
	x := 1
	fmt.Printf("%p %v\n", &x, x)
}
