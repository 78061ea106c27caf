// run
package main

import "fmt"

func main() {
	x := 5
	x()
	var m map[string]int
	m.Get("k")
	fmt.Println(len(5), cap(m), append(x, 1))
	s := make(int)
	n := new(5)
	delete(m)
	copy(x, x)
	_, _ = s, n
}
