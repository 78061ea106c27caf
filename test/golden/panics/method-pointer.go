// run
package main

type Account struct{ balance int }

func (a *Account) Withdraw(n int) {
	if n > a.balance {
		panic("insufficient funds")
	}
	a.balance -= n
}

func main() {
	a := &Account{10}
	a.Withdraw(5)
	a.Withdraw(50)
}
