// Benchmark: 1e6 messages through an unbuffered channel between two goroutines (each message is a
// handoff: the receiver parks, the sender wakes it).
package main

import "fmt"

func main() {
	const n = 1000000
	c := make(chan int)
	done := make(chan int)
	go func() {
		sum := 0
		for v := range c {
			sum += v
		}
		done <- sum
	}()
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	fmt.Println(<-done)
}
