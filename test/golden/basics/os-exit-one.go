// run
package main

import (
	"fmt"
	"os"
)

func helper() {
	fmt.Println("in helper")
	os.Exit(1)
}

func main() {
	helper()
	fmt.Println("unreachable")
}
