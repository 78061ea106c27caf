// run
package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	c <- "c"
	fmt.Println(len(c), cap(c), <-c, len(c))
	c <- "d"
	for len(c) > 0 {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	var send chan<- int = u
	var recv <-chan int = u
	go func() { send <- 7 }()
	fmt.Println(<-recv)
	fmt.Printf("%T %T %T\n", c, send, recv)
}
