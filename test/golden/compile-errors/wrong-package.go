// run
package lesson

import "fmt"

func main() {
	fmt.Println("not package main")
}
