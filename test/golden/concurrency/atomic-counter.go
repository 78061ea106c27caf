// run
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Uint64
	var hits atomic.Int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			hits.Add(2)
			flag.Store(true)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load(), "hits:", hits.Load(), "flag:", flag.Load())
	fmt.Println(hits.CompareAndSwap(100, 7), hits.Load(), hits.Swap(9), hits.Load())
	fmt.Printf("%v %+v\n", hits, flag)
}
