// run faketime
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan struct{})
	for i := 0; i < 5; i++ {
		go func() { <-block }()
	}
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	close(block)
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	runtime.GC()
	runtime.Gosched()
	fmt.Println(runtime.GOOS, runtime.GOARCH)
}
