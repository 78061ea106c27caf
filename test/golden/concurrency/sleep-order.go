// run faketime
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	for _, ms := range []int{300, 100, 500, 200, 400} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			fmt.Println("slept", ms, "ms; clock at", time.Since(start))
		}()
	}
	wg.Wait()
	fmt.Println("all done after", time.Since(start))
}
