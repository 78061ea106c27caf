// run
package main

import "fmt"

func main() {
	c := make(chan int, 2)
	for i := 0; i < 3; i++ {
		fmt.Println("sending", i, "len", len(c))
		c <- i
	}
}
