// run
package main

import (
	"errors"
	"fmt"
	"sync"
)

var errInsufficient = errors.New("insufficient funds")

type Account struct {
	sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.Lock()
	defer a.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.Lock()
	defer a.Unlock()
	if n > a.balance {
		return errInsufficient
	}
	a.balance -= n
	return nil
}

func main() {
	acct := &Account{}
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct.Deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println("balance:", acct.balance)
	fmt.Println(acct.Withdraw(5000), acct.Withdraw(10000), acct.balance)
}
