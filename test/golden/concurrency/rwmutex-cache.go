// run faketime
package main

// A read-mostly cache behind a sync.RWMutex: readers share it, a writer waits for the readers
// already in and keeps new ones out until it is done.
import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(who, k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	fmt.Println(who, "reads", k)
	time.Sleep(time.Millisecond)
	return c.data[k]
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Println("writer sets", k)
	time.Sleep(2 * time.Millisecond)
	c.data[k] = v
}

func main() {
	runtime.GOMAXPROCS(1)
	c := &Cache{data: map[string]int{"a": 1}}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 2; j++ {
				v := c.Get(fmt.Sprint("reader", i), "a")
				fmt.Println("reader", i, "got", v)
			}
		}()
		if i == 1 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c.Set("a", 2)
			}()
		}
	}
	wg.Wait()
	fmt.Printf("%+v\n", c.mu)
}
