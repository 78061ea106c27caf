// build -gcflags=-m -l
package main

type Node struct {
	next *Node
	v    int
}

func length(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + length(n.next)
}

func even(n int, p *int) bool {
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool {
	if n == 0 {
		return false
	}
	return even(n-1, p)
}

func main() {
	n := &Node{v: 1}
	_ = length(n)
	x := 0
	_ = even(4, &x)
}
