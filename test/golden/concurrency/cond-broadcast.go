// run
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	woken := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken:", woken)

	queue := []int{}
	done := make(chan int)
	go func() {
		mu.Lock()
		for len(queue) == 0 {
			cond.Wait()
		}
		v := queue[0]
		mu.Unlock()
		done <- v
	}()
	mu.Lock()
	queue = append(queue, 99)
	cond.Signal()
	mu.Unlock()
	fmt.Println("got:", <-done)
}
