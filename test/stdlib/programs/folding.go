package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'S', 's', '\u017F', 'µ', 'Μ', 'μ', 'ß', 'ẞ', '1', 'Σ', 'σ', 'ς', 'Ǆ', 'ǅ', 'ǆ', 'İ', 'ı', 'Ω', '\u2126'} {
		fmt.Printf("%U→%U ", r, unicode.SimpleFold(r))
	}
	fmt.Println()
	fmt.Println(strings.EqualFold("Kelvin", "\u212Aelvin"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("Go", "GO"), strings.EqualFold("ǅ", "ǆ"))
	fmt.Println(strings.ToUpper("ǆemal ǅ ß ſ ı i"), strings.ToLower("ǄEMAL İ Σ ẞ"), strings.ToTitle("ǆ ß"))
	fmt.Println(string(unicode.ToUpper('ÿ')), string(unicode.ToLower('Ÿ')), string(unicode.ToTitle('ǆ')), string(unicode.ToUpper('ǅ')))
}
