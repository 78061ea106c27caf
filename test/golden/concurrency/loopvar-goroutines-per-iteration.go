// run go1.19
package main

// Since Go 1.22 each iteration has its own loop variable, so each goroutine prints the value of
// its iteration (in the order one P runs them: the last started first). Go 1.19 printed 3 3 3.
import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("i =", i)
		}()
	}
	wg.Wait()
	done := make(chan bool)
	for _, word := range []string{"one", "two", "three"} {
		go func() {
			fmt.Println(word)
			done <- true
		}()
	}
	for k := 0; k < 3; k++ {
		<-done
	}
}
