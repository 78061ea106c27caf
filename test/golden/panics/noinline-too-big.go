// run
package main

import "fmt"

// Too costly for gc to inline (three non-inlinable calls): the closure keeps its own name.
func makeLogger(prefix string) func(string) {
	fmt.Println("making logger", prefix)
	fmt.Printf("prefix has %d bytes\n", len(prefix))
	fmt.Println("done")
	return func(msg string) {
		if msg == "" {
			panic(prefix + ": empty message")
		}
		fmt.Println(prefix, msg)
	}
}

func main() {
	log := makeLogger("app")
	log("hello")
	log("")
}
