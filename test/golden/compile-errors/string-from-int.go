// run
package main

import "fmt"

func main() {
	n := 65
	s := string(n)
	var f float64 = 1.5
	t := string(f)
	u := int("12")
	fmt.Println(s, t, u)
}
