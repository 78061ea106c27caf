// build -gcflags=-m=2 -l
package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x)
}
