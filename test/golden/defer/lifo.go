// run
package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	defer fmt.Println("last registered, first run")
	fmt.Println("body done")
}
