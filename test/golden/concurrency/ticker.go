// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(100 * time.Millisecond)
	done := make(chan bool)
	go func() {
		time.Sleep(550 * time.Millisecond)
		done <- true
	}()
	n := 0
	for {
		select {
		case <-done:
			ticker.Stop()
			fmt.Println("ticks:", n, "elapsed:", time.Since(start))
			return
		case t := <-ticker.C:
			n++
			fmt.Println("tick at", t.Sub(start))
		}
	}
}
