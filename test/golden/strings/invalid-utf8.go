// run
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xc3"
	for i, r := range s {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	fmt.Printf("%q %x %+q\n", s, s, "é世")
	rs := []rune(s)
	fmt.Println(len(rs), string(rs))
	fmt.Println(string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
}
