// run go1.19
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		panic(nil)
	}()
	panic(nil)
}
