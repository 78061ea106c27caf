// run
package main

import "fmt"

func main() {
	fmt.Printf("[%5s][%-5s]\n", "日本", "日本")
	fmt.Printf("[%5q][%8v]\n", "é", []int{1})
	fmt.Printf("[%6v][%-6v][%06v]\n", 3.5, true, -7)
	fmt.Printf("[%10v]\n", struct{ A, B int }{1, 2})
	fmt.Printf("[%5v][%-5d]\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("[%x][% x][%#x]\n", "日本", "日本", "日本")
	fmt.Printf("[%3.1q]\n", "abc")
}
