// build -gcflags=-m -l
package main

import "errors"

func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func main() { _ = check(1) }
