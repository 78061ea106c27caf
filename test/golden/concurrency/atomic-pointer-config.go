// run
package main

// atomic.Pointer[T] as a lesson uses it: readers load the current configuration while a writer
// swaps in new ones.
import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

func main() {
	var cfg atomic.Pointer[Config]
	fmt.Println("empty:", cfg.Load(), cfg.Load() == nil)
	first := &Config{"v1", 2}
	cfg.Store(first)
	fmt.Printf("%+v\n", *cfg.Load())

	var wg sync.WaitGroup
	seen := make([]string, 6)
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 3 {
				old := cfg.Swap(&Config{"v2", 4})
				seen[i] = "swapped out " + old.Name
				return
			}
			c := cfg.Load()
			seen[i] = fmt.Sprint(c.Name, "/", c.Workers)
		}()
	}
	wg.Wait()
	fmt.Println(len(seen), cfg.Load().Name)

	fmt.Println("cas with stale:", cfg.CompareAndSwap(first, &Config{"v3", 8}))
	cur := cfg.Load()
	fmt.Println("cas with current:", cfg.CompareAndSwap(cur, &Config{"v3", 8}), cfg.Load().Name)
	fmt.Println("cas to nil:", cfg.CompareAndSwap(cfg.Load(), nil), cfg.Load())

	var ip atomic.Pointer[int]
	n := 42
	ip.Store(&n)
	*ip.Load() += 1
	fmt.Println(n, *ip.Load(), ip.Load() == &n)
	fmt.Printf("%T %T\n", &ip, ip.Load())
	var pv atomic.Pointer[[]string]
	fmt.Printf("%v %+v\n", pv.Load(), pv.Load() == nil)
}
