// run
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
	fmt.Println("one", 2, 3.5, true, nil, 'x')
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Print(1, 2, "\n")
}
