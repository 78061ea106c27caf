// build -gcflags=-m=2 -l
package main

import (
	"fmt"
	"sync"
)

type SafeMap struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *SafeMap) Set(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func Parallel(xs []int, f func(int)) {
	var wg sync.WaitGroup
	for _, x := range xs {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			f(v)
		}(x)
	}
	wg.Wait()
}

func main() {
	m := &SafeMap{m: map[string]int{}}
	m.Set("a", 1)
	Parallel([]int{1, 2}, func(i int) { _ = i })
	fmt.Println(m)
}
