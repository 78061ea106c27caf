// run faketime
package main

// Unlock wakes a waiter, but a goroutine that is running may take the Mutex first; a waiter that
// has waited more than 1ms then gets it handed over directly. The printed words are the Mutex's
// state (lock, woken, starving bits and the waiter count) and semaphore.
import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for _, name := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			fmt.Println(name, "has the lock", mu)
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	fmt.Println("waiting:", mu)
	mu.Unlock()
	fmt.Println("unlocked:", mu)
	mu.Lock()
	fmt.Println("main again:", mu)
	mu.Unlock()
	wg.Wait()

	fmt.Println("phase 2")
	mu.Lock()
	for _, name := range []string{"c", "d"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			fmt.Println(name, "has the lock", mu)
			mu.Unlock()
		}()
	}
	time.Sleep(2 * time.Millisecond)
	mu.Unlock()
	mu.Lock()
	fmt.Println("main barged:", mu)
	runtime.Gosched()
	fmt.Println("back in main:", mu)
	mu.Unlock()
	fmt.Println("handed off:", mu)
	wg.Wait()
	fmt.Println("end:", mu, mu.TryLock(), mu.TryLock(), mu)
}
