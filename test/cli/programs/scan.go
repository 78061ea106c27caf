package main

import "fmt"

func main() {
	var name string
	fmt.Scanln(&name)
	fmt.Println("hello,", name)
}
