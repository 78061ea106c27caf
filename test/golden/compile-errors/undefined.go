// run
package main

import "fmt"

func main() {
	fmt.Println(x)
	y := undefinedFunc(1)
	_ = y
	var t UnknownType
	_ = t
}
