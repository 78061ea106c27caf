// run
package main

import "fmt"

func process(items []string) {
	for i, it := range items {
		defer fmt.Println("cleanup", i, it)
	}
	fmt.Println("processing", len(items))
}

func perIteration(items []string) {
	for _, it := range items {
		func() {
			defer fmt.Println("closed", it)
			fmt.Println("open", it)
		}()
	}
}

func main() {
	process([]string{"a", "b", "c"})
	perIteration([]string{"x", "y"})
}
