// run
package main

import (
	"fmt"
	"sync"
)

type Config struct{ name string }

var (
	once   sync.Once
	config *Config
	calls  int
)

func get() *Config {
	once.Do(func() {
		calls++
		config = &Config{name: "loaded"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = get()
		}()
	}
	wg.Wait()
	fmt.Println(get().name, calls)

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first call panics") })
	}()
	o.Do(func() { fmt.Println("not called again") })
	fmt.Println("done")

	f := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 42
	})
	fmt.Println(f(), f())
}
