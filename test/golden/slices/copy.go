// run
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	var empty []int
	fmt.Println(copy(empty, src))
	s := []int{1, 2, 3}
	copy(s, s[1:])
	fmt.Println(s)
}
