// run
package main

import "fmt"

func stage(name string, in <-chan struct{}, out chan<- struct{}) {
	<-in
	fmt.Println(name)
	close(out)
}

func main() {
	chans := make([]chan struct{}, 6)
	for i := range chans {
		chans[i] = make(chan struct{})
	}
	names := []string{"five", "four", "three", "two", "one"}
	// Started in reverse, they still print in the order the channels chain them.
	for i := len(names) - 1; i >= 0; i-- {
		go stage(names[len(names)-1-i], chans[i], chans[i+1])
	}
	close(chans[0])
	<-chans[5]
	fmt.Println("liftoff")
}
