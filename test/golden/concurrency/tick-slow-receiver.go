// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tick := time.Tick(100 * time.Millisecond)
	for i := 0; i < 4; i++ {
		t := <-tick
		fmt.Println(i, t.Sub(start), time.Since(start))
		time.Sleep(250 * time.Millisecond)
	}
	tk := time.NewTicker(time.Second)
	<-tk.C
	tk.Reset(300 * time.Millisecond)
	<-tk.C
	fmt.Println("after reset", time.Since(start))
	tk.Stop()
	fmt.Println(time.Tick(0) == nil)
}
