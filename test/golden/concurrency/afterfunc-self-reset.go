// run faketime
package main

// AfterFunc timers that stop and reset themselves from inside their own function.
import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	var t *time.Timer
	count := 0
	done := make(chan bool)
	t = time.AfterFunc(100*time.Millisecond, func() {
		count++
		fmt.Println("tick", count, time.Since(start), "stop:", t.Stop())
		if count < 3 {
			fmt.Println("reset:", t.Reset(200*time.Millisecond))
		} else {
			done <- true
		}
	})
	<-done
	fmt.Println("stop at end:", t.Stop(), time.Since(start))
	var zero time.Timer
	defer func() { fmt.Println("recovered:", recover()) }()
	zero.Stop()
}
