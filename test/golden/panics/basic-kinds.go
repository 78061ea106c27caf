// run
package main

import "fmt"

func try(v interface{}) {
	defer func() { fmt.Println(recover()) }()
	panic(v)
}

func main() {
	try(int8(-3))
	try(uint(7))
	try(3.5)
	try(true)
	try('x')
	try(1 + 2i)
	panic(2.5)
}
