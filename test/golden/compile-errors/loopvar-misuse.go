// run
package main

import "fmt"

func main() {
	for i := range 3 {
		i := "shadow"
	}
	for i, v := range 10 {
		fmt.Println(i, v)
	}
	for x := range 2.5 {
		fmt.Println(x)
	}
}
