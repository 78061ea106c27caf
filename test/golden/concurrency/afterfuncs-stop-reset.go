// run faketime
package main

// Ten AfterFunc timers due together, some stopped and reset: the ones left fire in the timer
// heap's order, and Stop and Reset report whether each was still pending.
import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	start := time.Now()
	var ts []*time.Timer
	for i := 0; i < 10; i++ {
		ts = append(ts, time.AfterFunc(time.Second, func() { fmt.Println("t", i, time.Since(start)) }))
	}
	for i := 0; i < 10; i += 3 {
		fmt.Println("stop", i, ts[i].Stop())
	}
	fmt.Println("reset 1:", ts[1].Reset(500*time.Millisecond))
	fmt.Println("reset 4:", ts[4].Reset(2*time.Second))
	fmt.Println("reset 0:", ts[0].Reset(time.Second))
	fmt.Println("reset 5:", ts[5].Reset(time.Second))
	time.Sleep(1500 * time.Millisecond)
	for i := 0; i < 10; i++ {
		fmt.Println("reset", i, ts[i].Reset(time.Duration(i%2)*time.Second))
	}
	time.Sleep(3 * time.Second)
	fmt.Println("end", time.Since(start))
}
