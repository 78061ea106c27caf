// build -gcflags=-m -l
package main

func worker(p *int, c chan int) { c <- *p }

func main() {
	x := 1
	c := make(chan int)
	go worker(&x, c)
	<-c
}
