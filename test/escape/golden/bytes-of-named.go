// build -gcflags=-m -l
package main

import "fmt"

type Octet byte

type Glyph rune

// A slice of a defined byte or rune type goes through []byte or []rune on its way to a string.
func join[T []Octet | []Glyph](x T) string { return string(x) }

func main() {
	raw := []Octet{'h', 'i'}
	gs := []Glyph{'g', 'o'}
	s1 := string(raw)
	s2 := string(gs)
	fmt.Println(s1, s2, join(raw), join(gs))
	_ = string(raw[:1])
}
