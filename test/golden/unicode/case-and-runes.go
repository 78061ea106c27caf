// run
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, Wörld! 123 ΑΒΓ"
	var up, low, dig, sp, other int
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		case unicode.IsDigit(r):
			dig++
		case unicode.IsSpace(r):
			sp++
		default:
			other++
		}
	}
	fmt.Println(up, low, dig, sp, other)
	swapped := strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)
	fmt.Println(swapped)
	fmt.Println(strings.ToUpper("ß"), strings.ToLower("İ"), len(strings.ToLower("İ")))
}
