// run
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println(mu.TryLock())
	fmt.Println(mu.TryLock())
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("goroutine got the lock")
		mu.Unlock()
		done <- true
	}()
	fmt.Println("main unlocks")
	mu.Unlock()
	<-done
	fmt.Println(mu.TryLock())
	mu.Unlock()
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println(mu.TryLock())
	l.Unlock()
}
