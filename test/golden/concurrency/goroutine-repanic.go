// run faketime
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
			panic(fmt.Sprintf("again: %v", r))
		}()
		panic("first")
	}()
	time.Sleep(time.Second)
}
