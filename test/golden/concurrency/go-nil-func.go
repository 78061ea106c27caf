// run
package main

// A go statement calling a nil function value that takes no arguments and returns nothing is a
// fatal error of the goroutine that runs the statement: recover cannot stop it and deferred calls
// do not run.
import (
	"fmt"
	"runtime"
)

type Hooks struct {
	onStart func()
	onStop  func()
}

func main() {
	runtime.GOMAXPROCS(1)
	h := Hooks{onStart: func() { fmt.Println("started") }}
	defer fmt.Println("deferred: not run after a fatal error")
	defer func() { fmt.Println("recover sees", recover()) }()
	done := make(chan bool)
	go func() {
		h.onStart()
		done <- true
	}()
	<-done
	fmt.Println("stopping")
	go h.onStop()
	<-done
}
