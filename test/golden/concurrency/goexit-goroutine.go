// run
package main

import (
	"fmt"
	"runtime"
)

func step(n int) {
	defer fmt.Println("defer in step", n)
	if n == 2 {
		runtime.Goexit()
	}
	step(n + 1)
}

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			fmt.Println("recover sees:", recover())
		}()
		step(0)
		fmt.Println("not printed")
	}()
	<-done
	fmt.Println("main continues")
}
