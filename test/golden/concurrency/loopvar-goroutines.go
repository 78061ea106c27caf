// run
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)

	results := make(chan string, 3)
	for _, w := range []string{"x", "y", "z"} {
		go func() { results <- w + w }()
	}
	got := []string{<-results, <-results, <-results}
	sort.Strings(got)
	fmt.Println(got)
}
