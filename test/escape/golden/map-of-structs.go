// build -gcflags=-m -l
package main

type P struct{ x, y int }

func main() {
	m := map[string]P{"a": {1, 2}}
	m["b"] = P{3, 4}
	_ = m
}
