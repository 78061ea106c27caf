// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	timer := time.NewTimer(500 * time.Millisecond)
	work := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			time.Sleep(150 * time.Millisecond)
			work <- i
		}
	}()
	for {
		select {
		case i := <-work:
			fmt.Println("work", i, time.Since(start))
			if !timer.Stop() {
				fmt.Println("timer already fired")
			}
			timer.Reset(200 * time.Millisecond)
		case t := <-timer.C:
			fmt.Println("idle timeout at", t.Sub(start), time.Since(start))
			return
		}
	}
}
