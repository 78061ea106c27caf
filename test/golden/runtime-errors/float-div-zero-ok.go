// run
package main

import "fmt"

func main() {
	a, b := 1.0, 0.0
	fmt.Println(a/b, -a/b, b/b)
	var u uint = 0
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(uint(7) / u)
}
