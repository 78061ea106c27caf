// run
package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	defer func() {
		fmt.Println(recover())
		var c chan bool
		close(c)
	}()
	c := make(chan int)
	close(c)
	close(c)
}
