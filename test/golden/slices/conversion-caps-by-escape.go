// run
package main

import (
	"fmt"
	"strings"
)

var sink [][]byte

func keep(b []byte) { sink = append(sink, b) }

func count(b []byte) int { return len(b) }

func main() {
	s := strings.Repeat("ab", 3)
	b := []byte(s)
	fmt.Println(len(b), cap(b))
	b = append(b, '!')
	fmt.Println(len(b), cap(b), string(b))
	long := []byte(strings.Repeat("x", 40))
	fmt.Println(len(long), cap(long))
	r := []rune(s + "é")
	fmt.Println(len(r), cap(r))
	e := []byte(s)
	keep(e)
	fmt.Println(len(e), cap(e))
	fmt.Println(count([]byte(s)))
	for i := 0; i < 3; i++ {
		w := []byte(strings.Repeat("z", i*20))
		fmt.Print(len(w), "/", cap(w), " ")
	}
	fmt.Println()
	big := []rune(strings.Repeat("é", 40))
	fmt.Println(len(big), cap(big))
	esc := []rune(s)
	fmt.Println(esc, len(esc), cap(esc))
	ext := b[:cap(b)]
	fmt.Println(len(ext), ext[7:10])
}
