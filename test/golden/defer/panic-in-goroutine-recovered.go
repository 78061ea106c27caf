// run
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, results []string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			results[id] = fmt.Sprint("worker ", id, " recovered: ", r)
		}
	}()
	if id%2 == 1 {
		panic(fmt.Sprint("odd worker ", id))
	}
	results[id] = fmt.Sprint("worker ", id, " ok")
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
