// run go1.19
//go:build go1.21

package main

// The classic bug under Go 1.21 semantics (this file's build constraint): every goroutine shares
// the one loop variable, and with one P none runs before the loop ends, so all see its last value.
// Passing it as an argument, or copying it (i := i), gives each goroutine its own.
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
			fmt.Println("shared i =", i)
		}()
	}
	wg.Wait()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Println("argument n =", n)
		}(i)
	}
	wg.Wait()
	for _, s := range []string{"a", "b", "c"} {
		s := s
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("copied s =", s)
		}()
	}
	wg.Wait()
	results := make(chan string, 3)
	for _, s := range []string{"x", "y", "z"} {
		go func() { results <- s }()
	}
	fmt.Println(<-results, <-results, <-results)
}
