// run faketime
package main

// Nobody waits on a ticker while main sleeps: in Go 1.23 its channel holds nothing (len 0), and
// the first receive gets the tick that was due first; the ticks missed meanwhile are dropped and
// the next one comes on the ticker's schedule.
import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(100 * time.Millisecond)
	time.Sleep(350 * time.Millisecond)
	fmt.Println("slept", time.Since(start), "len", len(tk.C))
	for i := 0; i < 3; i++ {
		v := <-tk.C
		fmt.Println("tick of", v.Sub(start), "received at", time.Since(start))
	}
	tk.Reset(time.Second)
	v := <-tk.C
	fmt.Println("after reset: tick of", v.Sub(start))
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(3 * time.Second):
		fmt.Println("nothing after stop; now", time.Since(start))
	}
}
