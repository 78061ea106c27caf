// run
package main

// runtime.Gosched puts the goroutine on the global run queue, which one P serves only after the
// goroutines in its own queue: C and D, started after B yielded, still run before B resumes.
import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("A starts C and D")
		for _, n := range []string{"C", "D"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				fmt.Println(n)
			}()
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 2; i++ {
			fmt.Println("B yields", i)
			runtime.Gosched()
		}
		fmt.Println("B done")
	}()
	wg.Wait()
	fmt.Println("end")
}
