// run
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		fmt.Println("worker waits forever")
		<-c
	}()
	runtime.Goexit()
}
