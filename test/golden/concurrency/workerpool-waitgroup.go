// run
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 20
	var wg sync.WaitGroup
	squares := make([]int, n)
	jobs := make(chan int)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				squares[i] = i * i
			}
		}()
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	sum := 0
	for _, s := range squares {
		sum += s
	}
	fmt.Println(squares)
	fmt.Println("sum:", sum)
}
