// run
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[4]int)(s)
	p[0] = 10
	fmt.Println(s, *p)
	a := [4]int(s)
	a[1] = 20
	fmt.Println(s, a)
	str := "hello"
	fmt.Println(str[1:4], str[:0], str[5:])
	bs := []byte(str)[1:3:4]
	fmt.Println(len(bs), cap(bs), string(bs))
	ss := s[:2]
	ss = append(ss, 50)
	fmt.Println(s, ss)
}
