// run
package main

// A writer that locks an RWMutex twice waits on the RWMutex's inner Mutex (the writers' lock), so
// the report says sync.Mutex.Lock.
import (
	"fmt"
	"sync"
)

type Registry struct {
	mu    sync.RWMutex
	names map[string]int
}

func (r *Registry) Add(name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.names[name]; !ok {
		r.names[name] = r.count() + 1
	}
}

// count takes the write lock again: Add already holds it.
func (r *Registry) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.names)
}

func main() {
	r := &Registry{names: map[string]int{}}
	fmt.Println("adding")
	r.Add("go")
	fmt.Println("never printed")
}
