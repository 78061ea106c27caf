// build -gcflags=-d=defer
package main

import "fmt"

func a() {
	defer fmt.Println(1)
	defer fmt.Println(2)
}

func b() {
	for i := 0; i < 3; i++ {
		defer fmt.Println(i)
	}
}

func c(x int) int {
	defer func() {}()
	if x > 0 {
		return 1
	}
	return 2
}

func main() {
	a()
	b()
	_ = c(1)
}
