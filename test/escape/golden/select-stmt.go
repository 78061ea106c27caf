// build -gcflags=-m -l
package main

func main() {
	c1 := make(chan *int, 1)
	c2 := make(chan int, 1)
	x := 1
	select {
	case c1 <- &x:
	case v := <-c2:
		_ = v
	default:
	}
}
