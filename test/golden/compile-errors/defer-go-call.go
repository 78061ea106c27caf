// run
package main

import "fmt"

func f() int { return 1 }

func main() {
	defer f
	go fmt.Println
	defer recover()
	defer (func() {})
	go func() {}
}
