// Benchmark: 1e5 goroutines, each sending once on a shared channel that main drains.
package main

import "fmt"

func main() {
	const n = 100000
	c := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			c <- i
		}()
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-c
	}
	fmt.Println(sum)
}
