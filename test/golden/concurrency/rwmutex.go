// run
package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *Store) Get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Set(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = v
}

func main() {
	s := &Store{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			s.Set(fmt.Sprint("k", i), i*i)
		}()
		go func() {
			defer wg.Done()
			s.Get("k0")
		}()
	}
	wg.Wait()
	total := 0
	for i := 0; i < 10; i++ {
		v, _ := s.Get(fmt.Sprint("k", i))
		total += v
	}
	fmt.Println(len(s.data), total)
	fmt.Println(s.mu.TryLock(), s.mu.TryRLock())
	s.mu.Unlock()
	fmt.Println(s.mu.TryRLock(), s.mu.TryRLock(), s.mu.TryLock())
	s.mu.RUnlock()
	s.mu.RUnlock()
	l := s.mu.RLocker()
	l.Lock()
	fmt.Println(s.mu.TryLock())
	l.Unlock()
	fmt.Println(s.mu.TryLock())
}
