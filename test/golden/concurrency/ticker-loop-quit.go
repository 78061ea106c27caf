// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	boom := time.After(1030 * time.Millisecond)
	start := time.Now()
	for {
		select {
		case <-tick.C:
			fmt.Println("tick.", time.Since(start))
		case <-boom:
			fmt.Println("BOOM!", time.Since(start))
			return
		default:
			fmt.Println("    .")
			time.Sleep(50 * time.Millisecond)
		}
	}
}
