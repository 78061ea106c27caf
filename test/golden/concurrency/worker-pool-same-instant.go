// run faketime
package main

// A worker pool whose jobs all take one second: workers finishing at the same instant resume in
// a fixed order on one P.
import (
	"fmt"
	"runtime"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		fmt.Println("worker", id, "started  job", j)
		time.Sleep(time.Second)
		fmt.Println("worker", id, "finished job", j)
		results <- j * 2
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	start := time.Now()
	const numJobs = 7
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	sum := 0
	for a := 1; a <= numJobs; a++ {
		sum += <-results
	}
	fmt.Println("sum", sum, "took", time.Since(start))
}
