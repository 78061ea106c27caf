// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start)
	time.Sleep(2 * time.Second)
	fmt.Println(time.Since(start))
	time.Sleep(1500 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el, el.Seconds(), el.Milliseconds())
	fmt.Println(time.Now())
	fmt.Println(time.Now().After(start), time.Now().Before(start), start.Equal(start))
	deadline := start.Add(5 * time.Second)
	fmt.Println(time.Until(deadline))
	fmt.Println(start.UTC(), start.Unix(), start.UnixNano(), start.UnixMilli())
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println(time.Since(start))
}
