// run
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen('a'), utf8.RuneLen(-1))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xc0b"), utf8.ValidRune(0xD800), utf8.FullRune([]byte{0xe4, 0xb8}))
	b := utf8.AppendRune(nil, '世')
	fmt.Println(b, utf8.UTFMax, utf8.RuneSelf)
	for i, w := 0, 0; i < len(s); i += w {
		rv, width := utf8.DecodeRuneInString(s[i:])
		w = width
		fmt.Print(string(rv), w, " ")
	}
	fmt.Println()
}
