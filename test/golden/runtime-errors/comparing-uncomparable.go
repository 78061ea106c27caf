// run
package main

import "fmt"

func main() {
	var a, b interface{} = []int{1}, []int{1}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(a == b)
}
