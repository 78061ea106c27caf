// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Second)
	after := time.After(time.Hour)
	_ = after
	start := time.Now()
	<-t.C
	fmt.Println("one tick", time.Since(start))
	c := make(chan int)
	go func() {
		time.Sleep(90 * time.Minute)
		fmt.Println("late", time.Since(start))
		v := <-after
		fmt.Println("after value from", v.Sub(start))
		close(c)
	}()
	<-c
	fmt.Println("blocking forever with a running ticker", time.Since(start))
	<-make(chan int)
}
