//go:build go1.21

package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	var f func(func(int) bool)
	for x := range f {
		_ = x
	}
	_ = min(1, 2)
}
