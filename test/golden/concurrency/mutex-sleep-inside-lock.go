// run faketime
package main

// Three depositors share an account whose lock is held while each deposit "works" (sleeps):
// waiters that wait over 1ms put the Mutex in starvation mode, where Unlock hands it straight to
// the longest waiter, and the state words show it.
import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(who string, n int, work time.Duration) {
	a.mu.Lock()
	defer a.mu.Unlock()
	fmt.Println(who, "locked at", time.Now().Format("05.000"))
	time.Sleep(work)
	a.balance += n
	fmt.Println(who, "deposited", n, "balance", a.balance)
}

func main() {
	runtime.GOMAXPROCS(1)
	var acc Account
	var wg sync.WaitGroup
	for i, name := range []string{"ann", "bob", "cid"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				acc.Deposit(name, (i+1)*10, time.Duration(i+1)*time.Millisecond/2)
			}
		}()
	}
	wg.Wait()
	fmt.Println("final", acc.balance, acc.mu)
}
