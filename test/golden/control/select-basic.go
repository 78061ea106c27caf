// run
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 7
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case ch <- 8:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 9:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
}
