// run
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	p := &head.Next.Val
	*p = 20
	fmt.Println(head.Next.Val)
	pv := &Node{Val: 5}
	pv2 := pv
	pv2.Val = 6
	fmt.Println(pv.Val, pv.Next == nil)
	fmt.Printf("%+v\n", *head.Next.Next)
	pts := []Node{{Val: 1}, {Val: 2}}
	for i := range pts {
		pts[i].Val *= 10
	}
	for _, n := range pts {
		n.Val = 0
	}
	fmt.Println(pts[0].Val, pts[1].Val)
}
