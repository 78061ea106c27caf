// run faketime
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- fmt.Sprint("done after ", d)
}

func main() {
	for _, d := range []time.Duration{50 * time.Millisecond, 2 * time.Second} {
		c := make(chan string, 1)
		go slow(d, c)
		select {
		case msg := <-c:
			fmt.Println(msg)
		case <-time.After(time.Second):
			fmt.Println("timeout waiting for", d)
		}
	}
	start := time.Now()
	select {
	case <-time.After(300 * time.Millisecond):
		fmt.Println("300ms", time.Since(start))
	case <-time.After(200 * time.Millisecond):
		fmt.Println("200ms", time.Since(start))
	}
}
