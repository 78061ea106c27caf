// run
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b[0] = 20
	fmt.Println(a)
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:3:3]
	fmt.Println(len(c), cap(c))
	c = append(c, 99)
	c[0] = -1
	fmt.Println(a, c)
	d := b[:cap(b)]
	fmt.Println(d)
	e := a[:0]
	fmt.Println(e, len(e), cap(e), e == nil)
	var n []int
	fmt.Println(n == nil, len(n), cap(n), n[:0] == nil)
	arr := [4]int{1, 2, 3, 4}
	sl := arr[2:]
	sl[0] = 33
	fmt.Println(arr, sl)
}
