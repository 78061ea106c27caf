// run
package main

import "fmt"

func main() {
	go func() { fmt.Println("goroutine ran") }()
	select {}
}
