// run
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.Store(i%5, i%5*10)
		}()
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return true
	})
	fmt.Println("entries:", n)
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	v, ok = m.Load(7)
	fmt.Println(v, ok)
	v, loaded := m.LoadOrStore(7, "seven")
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore(7, "SEVEN")
	fmt.Println(v, loaded)
	m.Delete(7)
	v, loaded = m.LoadAndDelete(3)
	fmt.Println(v, loaded)
	_, ok = m.Load(3)
	fmt.Println(ok)
}
