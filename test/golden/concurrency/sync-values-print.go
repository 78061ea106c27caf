// run
package main

// Printing sync and sync/atomic values shows their state words as Go lays them out.
import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

type Stats struct {
	sync.RWMutex
	hits atomic.Int64
	wg   sync.WaitGroup
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var once sync.Once
	fmt.Printf("%v\n%+v\n", mu, rw)
	mu.Lock()
	fmt.Println("locked:", mu)
	mu.Unlock()
	rw.RLock()
	rw.RLock()
	fmt.Printf("two readers: %+v\n", rw)
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Printf("writer: %v\n", rw)
	rw.Unlock()
	wg.Add(2)
	fmt.Println("wait group of 2:", wg)
	wg.Done()
	wg.Done()
	fmt.Println("done:", wg)
	once.Do(func() {})
	fmt.Printf("%v %+v\n", once, &once)

	c := SafeCounter{v: map[string]int{"a": 1}}
	c.mu.Lock()
	fmt.Printf("%v\n%+v\n", c, &c)
	c.mu.Unlock()
	var s Stats
	s.hits.Add(3)
	s.wg.Add(1)
	s.RLock()
	fmt.Printf("%+v\n", &s)
	s.RUnlock()
	s.wg.Done()

	var b atomic.Bool
	var u atomic.Uint32
	var v atomic.Value
	b.Store(true)
	u.Store(7)
	v.Store("x")
	fmt.Printf("%v %v %v %+v\n", b, u, v, u)
}
