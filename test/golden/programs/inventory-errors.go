// run
package main

import (
	"errors"
	"fmt"
)

type OutOfStock struct {
	Item string
	Want int
	Have int
}

func (e *OutOfStock) Error() string {
	return fmt.Sprintf("%s: want %d, have %d", e.Item, e.Want, e.Have)
}

var ErrUnknown = errors.New("unknown item")

type Inventory map[string]int

func (inv Inventory) Take(item string, n int) error {
	have, ok := inv[item]
	if !ok {
		return fmt.Errorf("take %q: %w", item, ErrUnknown)
	}
	if have < n {
		return fmt.Errorf("take: %w", &OutOfStock{item, n, have})
	}
	inv[item] = have - n
	return nil
}

func (inv Inventory) TakeAll(order map[string]int, keys []string) error {
	var errs []error
	for _, k := range keys {
		if err := inv.Take(k, order[k]); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func main() {
	inv := Inventory{"apple": 5, "pear": 1}
	fmt.Println(inv.Take("apple", 2), inv["apple"])
	err := inv.Take("kiwi", 1)
	fmt.Println(err, errors.Is(err, ErrUnknown))
	err = inv.Take("pear", 3)
	var oos *OutOfStock
	if errors.As(err, &oos) {
		fmt.Println("short by", oos.Want-oos.Have, "of", oos.Item)
	}
	err = inv.TakeAll(map[string]int{"apple": 1, "pear": 9, "plum": 1}, []string{"apple", "pear", "plum"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrUnknown), errors.As(err, &oos), inv)
	fmt.Println(inv.TakeAll(nil, nil) == nil)
}
