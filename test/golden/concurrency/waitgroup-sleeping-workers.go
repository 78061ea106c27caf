// run faketime
package main

// Five workers sleep one second each: they all wake at the same instant, and with one P the
// order they run in is fixed by the timer heap and the run queue.
import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func worker(id int) {
	fmt.Printf("Worker %d starting\n", id)
	time.Sleep(time.Second)
	fmt.Printf("Worker %d done\n", id)
}

func main() {
	runtime.GOMAXPROCS(1)
	start := time.Now()
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(i)
		}()
	}
	wg.Wait()
	fmt.Println("all done after", time.Since(start))
}
