// build -gcflags=-m -l
package main

func main() {
	c := make(chan *int, 1)
	x := 1
	c <- &x
	<-c
}
