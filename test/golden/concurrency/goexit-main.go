// run
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("worker ends after main's defers")
	}()
	defer close(done)
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
	fmt.Println("not printed")
}
