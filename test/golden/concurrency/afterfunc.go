// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan string)
	time.AfterFunc(2*time.Second, func() {
		done <- fmt.Sprint("fired at ", time.Since(start))
	})
	t := time.AfterFunc(time.Second, func() {
		fmt.Println("never")
	})
	fmt.Println("stopped:", t.Stop())
	fmt.Println(<-done)
	t.Reset(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("end", time.Since(start))
}
