// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Second)
	fmt.Println("len/cap:", len(t.C), cap(t.C))
	fired := <-t.C
	fmt.Println("fired after", fired.Sub(start), time.Since(start))
	fmt.Println("stop after fire:", t.Stop())
	fmt.Println("reset:", t.Reset(500*time.Millisecond))
	fmt.Println("stop before fire:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t2 := time.NewTimer(100 * time.Millisecond)
	time.Sleep(200 * time.Millisecond)
	// Go 1.23: the expired timer's value is still waiting; Stop reports it and drops it.
	fmt.Println("stop with unread value:", t2.Stop())
	select {
	case v := <-t2.C:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing to receive")
	}
	t2.Reset(50 * time.Millisecond)
	<-t2.C
	fmt.Println("t2 fired at", time.Since(start))
}
