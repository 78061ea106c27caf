// run
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred runs before the fatal error")
	runtime.Goexit()
}
