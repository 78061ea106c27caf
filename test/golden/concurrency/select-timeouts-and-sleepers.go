// run faketime
package main

// time.After in a select loop leaves one timer behind per round; sleepers and AfterFunc timers due
// at the same instants as those timeouts interleave in a fixed order on one P.
import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	start := time.Now()
	data := make(chan int)
	go func() {
		for i := 0; i < 12; i++ {
			time.Sleep(100 * time.Millisecond)
			data <- i
		}
	}()
	for i := 0; i < 8; i++ {
		go func() {
			time.Sleep(time.Duration(i%3+1) * 400 * time.Millisecond)
			fmt.Println("sleeper", i, time.Since(start))
		}()
	}
	for n := 0; n < 14; n++ {
		select {
		case v := <-data:
			fmt.Println("data", v, time.Since(start))
		case <-time.After(300 * time.Millisecond):
			fmt.Println("timeout", time.Since(start))
		}
	}
	for i := 0; i < 5; i++ {
		time.AfterFunc(time.Duration(5-i)*100*time.Millisecond, func() { fmt.Println("af", i, time.Since(start)) })
		time.AfterFunc(300*time.Millisecond, func() { fmt.Println("af300", i, time.Since(start)) })
	}
	time.Sleep(time.Second)
}
