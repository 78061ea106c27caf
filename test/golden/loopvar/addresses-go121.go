// run
//go:build go1.21

package main

import "fmt"

func main() {
	var seen []*int
	for i := 0; i < 3; i++ {
		fmt.Println(i, &i)
		seen = append(seen, &i)
	}
	fmt.Println(seen[0] == seen[1], seen[1] == seen[2])
	for _, v := range []string{"a", "b"} {
		fmt.Println(v, &v)
	}
}
