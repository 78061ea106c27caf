// run faketime
package main

// Two tickers in one select: at 600ms and at 1.2s both are due, and
// with one P they are delivered in a fixed order.
import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	start := time.Now()
	a := time.NewTicker(200 * time.Millisecond)
	b := time.NewTicker(300 * time.Millisecond)
	stop := time.After(1300 * time.Millisecond)
	for {
		select {
		case <-a.C:
			fmt.Println("a", time.Since(start))
		case <-b.C:
			fmt.Println("b", time.Since(start))
		case <-stop:
			fmt.Println("stop", time.Since(start))
			return
		}
	}
}
