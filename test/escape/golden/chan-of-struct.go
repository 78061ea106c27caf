// build -gcflags=-m -l
package main

type Msg struct{ body *string }

func main() {
	c := make(chan Msg, 1)
	s := "hi"
	c <- Msg{&s}
	m := <-c
	_ = m
}
