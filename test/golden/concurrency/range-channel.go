// run
package main

import "fmt"

func fibonacci(n int, c chan int) {
	x, y := 0, 1
	for i := 0; i < n; i++ {
		c <- x
		x, y = y, x+y
	}
	close(c)
}

func main() {
	c := make(chan int, 10)
	go fibonacci(cap(c), c)
	for i := range c {
		fmt.Println(i)
	}
	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range []string{"range", "over", "a", "channel"} {
			words <- w
		}
	}()
	n := 0
	for w := range words {
		n += len(w)
	}
	fmt.Println("letters:", n)
}
