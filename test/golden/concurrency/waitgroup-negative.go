// run
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var w sync.WaitGroup
		w.Done()
	}()
	wg.Done()
}
