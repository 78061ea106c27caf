// run
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting")
	v := <-c
	fmt.Println(v)
}
