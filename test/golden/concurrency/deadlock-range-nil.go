// run
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("ranging over a nil channel blocks forever")
	for v := range c {
		fmt.Println(v)
	}
}
