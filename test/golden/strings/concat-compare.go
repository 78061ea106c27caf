// run
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	t := s
	s += "!"
	fmt.Println(s, t)
	parts := []string{"x", "y", "z"}
	joined := ""
	for _, p := range parts {
		joined += p + ","
	}
	fmt.Println(joined)
	fmt.Println("abc" == "ab"+"c", "Go" != "go")
	var empty string
	fmt.Println(empty == "", len(empty))
	fmt.Println(s[1:3], s[:0] == "", s[len(s)-1:])
}
