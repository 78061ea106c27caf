// run
package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	x := []int{}
	var i uint64 = 18446744073709551615
	_ = x[i]
}
