// build -gcflags=-m -l
package main

import "fmt"

func main() {
	xs := []interface{}{1, "a", 2.5}
	for _, x := range xs {
		fmt.Println(x)
	}
}
