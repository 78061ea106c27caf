// run
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀBC"), strings.Title("go is fun"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t hi \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabca", "a"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix", "pre"), strings.TrimSuffix("file.go", ".go"), strings.TrimRight("abccc", "c"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banxana"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
