// run faketime
package main

// The sleeping barber: a buffered channel is the waiting room, and a customer who finds it full
// (select default) leaves.
import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	start := time.Now()
	waiting := make(chan int, 2)
	done := make(chan bool)
	go func() {
		for c := range waiting {
			fmt.Println(time.Since(start), "cutting hair of", c)
			time.Sleep(300 * time.Millisecond)
		}
		done <- true
	}()
	for c := 1; c <= 6; c++ {
		select {
		case waiting <- c:
			fmt.Println(time.Since(start), "customer", c, "waits")
		default:
			fmt.Println(time.Since(start), "customer", c, "leaves")
		}
		time.Sleep(100 * time.Millisecond)
	}
	close(waiting)
	<-done
	fmt.Println(time.Since(start), "shop closed")
}
