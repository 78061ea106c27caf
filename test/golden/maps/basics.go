// run
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(m["one"], m["missing"], len(m))
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["two"] += 20
	m["four"]++
	fmt.Println(m)
	var nilmap map[string]bool
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil)
	delete(nilmap, "x")
	for k := range nilmap {
		fmt.Println(k)
	}
	clear(m)
	fmt.Println(m, len(m))
}
