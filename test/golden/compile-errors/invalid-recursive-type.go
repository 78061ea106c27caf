// run
package main

type Node struct {
	Val  int
	Next Node
}

type A struct{ B }
type B struct{ A }

func main() {
	var n Node
	_ = n
}
