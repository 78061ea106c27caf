// run
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("line 1 on stdout")
	fmt.Fprintln(os.Stderr, "line 2 on stderr")
	println("line 3 via println")
	defer fmt.Println("deferred before panic output")
	panic("done")
}
