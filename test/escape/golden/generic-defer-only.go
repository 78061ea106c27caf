// build -gcflags=-d=defer
package main

import (
	"fmt"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Set(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	return v, ok
}

func Parallel[T any](xs []T, f func(T)) {
	var wg sync.WaitGroup
	for _, x := range xs {
		wg.Add(1)
		go func(v T) {
			defer wg.Done()
			f(v)
		}(x)
	}
	wg.Wait()
}

func Try[T any](f func() (T, error)) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return f()
}

func main() {
	m := NewSafeMap[string, int]()
	m.Set("a", 1)
	fmt.Println(m.Get("a"))
	Parallel([]int{1, 2}, func(i int) { _ = i })
	v, err := Try(func() (int, error) { return 1, nil })
	fmt.Println(v, err)
}
