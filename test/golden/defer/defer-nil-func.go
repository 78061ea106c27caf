// run
package main

import "fmt"

func main() {
	defer fmt.Println("runs after the nil-func panic starts")
	var f func()
	defer f()
	fmt.Println("body finished")
}
