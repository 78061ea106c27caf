// run
package main

import "fmt"

var sink []byte

func main() {
	b := []byte("hello")
	fmt.Println(len(b), cap(b))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	e := []byte("hello, escaping")
	sink = e
	fmt.Println(len(e), cap(e))
	long := []byte("this string is longer than thirty-two bytes, surely")
	fmt.Println(len(long), cap(long))
	b = append(b, '!')
	fmt.Println(len(b), cap(b))
	s := "dyn"
	for i := 0; i < 3; i++ {
		s += "x"
	}
	d := []byte(s)
	fmt.Println(len(d), cap(d), d)
	rr := []rune(s)
	fmt.Println(len(rr), cap(rr), rr)
}
