// build -gcflags=-m -l
package main

import "fmt"

func main() {
	s := fmt.Sprintf("%d-%s", 1, "a")
	_ = s
}
