// run
package main

import (
	"errors"
	"fmt"
)

func safeGo(name string, f func(), done chan<- string) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprintf("%s recovered: %v", name, r)
				return
			}
			done <- name + " ok"
		}()
		f()
	}()
}

func main() {
	done := make(chan string)
	safeGo("index", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	}, done)
	fmt.Println(<-done)
	safeGo("error", func() { panic(errors.New("boom")) }, done)
	fmt.Println(<-done)
	safeGo("fine", func() {}, done)
	fmt.Println(<-done)
	safeGo("nil map", func() {
		var m map[string]int
		m["x"] = 1
	}, done)
	fmt.Println(<-done)
}
