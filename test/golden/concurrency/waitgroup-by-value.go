// run
package main

import (
	"fmt"
	"sync"
)

// The bug: wg is copied, so Done decrements the copy and main waits forever.
func worker(id int, wg sync.WaitGroup, out chan<- int) {
	defer wg.Done()
	out <- id * id
}

func main() {
	var wg sync.WaitGroup
	out := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, wg, out)
	}
	wg.Wait()
	fmt.Println(<-out, <-out, <-out)
}
