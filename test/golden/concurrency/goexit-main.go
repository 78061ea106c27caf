// run
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker starts")
		<-done
		fmt.Println("worker ends")
	}()
	defer fmt.Println("main's deferred call runs")
	defer close(done)
	runtime.Goexit()
	fmt.Println("not printed")
}
