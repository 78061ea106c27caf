// run
package main

// The goroutine's Done wakes Wait, but its Add reuses the WaitGroup before that Wait has returned:
// Go panics in Wait. One P makes the order fixed.
import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		wg.Add(1)
		fmt.Println("added again before Wait returned")
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
