// run
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int
	History []string
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(id string, initial int) *Account {
	a := &Account{ID: id, Balance: initial}
	a.History = append(a.History, fmt.Sprintf("open %d", initial))
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, amount int) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s of %d: %w", from, to, amount, err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if src.Balance < amount {
		return ErrInsufficient
	}
	src.Balance -= amount
	dst.Balance += amount
	src.History = append(src.History, fmt.Sprintf("sent %d to %s", amount, to))
	dst.History = append(dst.History, fmt.Sprintf("got %d from %s", amount, from))
	return nil
}

func main() {
	b := NewBank()
	b.Open("alice", 100)
	b.Open("bob", 20)
	fmt.Println(b.Transfer("alice", "bob", 30))
	err := b.Transfer("bob", "alice", 500)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(b.Transfer("carol", "bob", 1))
	ids := make([]string, 0)
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %4d %q\n", a.ID, a.Balance, a.History)
	}
}
