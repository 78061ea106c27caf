// run
package main

import "fmt"

// The literal inside the copied literal keeps the copy's name with .1 appended.
func twoLevels(limit int) func() func() {
	return func() func() {
		return func() {
			if limit < 5 {
				panic(fmt.Sprint("limit ", limit))
			}
		}
	}
}

func main() {
	mk := twoLevels(3)
	f := mk()
	f()
}
