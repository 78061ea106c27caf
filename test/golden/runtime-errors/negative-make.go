// run
package main

import "fmt"

func main() {
	n := -1
	defer func() { fmt.Println(recover()) }()
	defer func() {
		fmt.Println(recover())
		_ = make([]int, 2, n+2)
	}()
	_ = make([]int, n)
}
