// run faketime
package main

import (
	"fmt"
	"time"
)

func divide(a, b int) int {
	return a / b
}

func main() {
	defer fmt.Println("main's defer does not run")
	fmt.Println("start")
	go func() {
		defer fmt.Println("goroutine's defer runs")
		fmt.Println(divide(10, 0))
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
