// run
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
