// run faketime
package main

import (
	"fmt"
	"log"
)

type account struct{ balance int }

func (a *account) withdraw(n int) {
	if n > a.balance {
		log.Panicf("withdraw %d: balance is only %d", n, a.balance)
	}
	a.balance -= n
}

func main() {
	log.SetFlags(log.Lshortfile)
	a := &account{balance: 10}
	defer fmt.Println("deferred: balance", a.balance)
	a.withdraw(3)
	log.Println("after first withdraw", a.balance)
	a.withdraw(30)
	fmt.Println("not reached")
}
