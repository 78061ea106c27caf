// run faketime
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

// A classic demo: workers sleep a seeded random time, so the finishing order is reproducible.
func main() {
	r := rand.New(rand.NewSource(2023))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	start := time.Now()
	for i := 0; i < 6; i++ {
		d := time.Duration(r.Intn(1000)) * time.Millisecond
		fmt.Println("worker", i, "sleeps", d)
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(d)
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("finished in order", order, "after", time.Since(start))

	// Rolling two dice 36000 times.
	counts := map[int]int{}
	for i := 0; i < 36000; i++ {
		sum := r.Intn(6) + r.Intn(6) + 2
		counts[sum]++
	}
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d %5d\n", s, counts[s])
	}
}
