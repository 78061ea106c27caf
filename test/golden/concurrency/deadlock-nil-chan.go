// run
package main

import "fmt"

func main() {
	var c chan string
	fmt.Println(c == nil, len(c), cap(c))
	c <- "x"
}
