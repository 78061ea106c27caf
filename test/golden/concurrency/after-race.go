// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	for i := 0; i < 3; i++ {
		select {
		case <-time.After(time.Duration(30-10*i) * time.Millisecond):
			fmt.Println("first", time.Since(start))
		case <-time.After(25 * time.Millisecond):
			fmt.Println("second", time.Since(start))
		}
	}
	timeout := time.After(time.Second)
	results := make(chan int)
	for i := 1; i <= 3; i++ {
		go func() {
			time.Sleep(time.Duration(i) * 400 * time.Millisecond)
			results <- i
		}()
	}
	for {
		select {
		case r := <-results:
			fmt.Println("result", r, time.Since(start))
		case <-timeout:
			fmt.Println("timed out", time.Since(start))
			return
		}
	}
}
