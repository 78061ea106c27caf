// run
package main

import "fmt"

func failer(msg string) func() { return func() { panic(msg) } }

func main() {
	run := func() {
		// Inside a literal, the copy is numbered with a dot: main.main.func1.failer.1
		f := failer("from a closure")
		fmt.Println("got f")
		f()
	}
	run()
}
