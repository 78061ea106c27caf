// run faketime
package main

// A ticker every 250ms and a one-second timeout are both due at 1s: the ticker's tick is
// delivered first, and the timeout's value waits in its channel for the next select.
import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan bool)
	ticker := time.NewTicker(250 * time.Millisecond)
	timeout := time.NewTimer(time.Second)
	go func() {
		time.Sleep(1600 * time.Millisecond)
		done <- true
	}()
	for {
		select {
		case t := <-ticker.C:
			fmt.Println("tick at", t.Sub(start))
		case <-timeout.C:
			fmt.Println("timer fired at", time.Since(start))
			ticker.Reset(400 * time.Millisecond)
		case <-done:
			ticker.Stop()
			fmt.Println("done at", time.Since(start))
			return
		}
	}
}
