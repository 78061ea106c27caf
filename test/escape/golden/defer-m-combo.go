// build -gcflags=-m -l -d=defer
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println(x)
	defer func() { x++ }()
}
