// run
package main

import "fmt"

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{job: j, worker: id, value: j * 10}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	values := make([]int, 10)
	workers := map[int]bool{}
	for a := 1; a <= 9; a++ {
		r := <-results
		values[r.job] = r.value
		workers[r.worker] = true
	}
	fmt.Println(values)
	fmt.Println(len(workers) >= 1)
}
