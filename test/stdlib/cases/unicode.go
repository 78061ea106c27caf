// Cases for package unicode's classes and case mappings over every code point, recorded from real
// Go (unicode.test.ts): for each function and each block of 4096 code points, the list of runes
// in the class (or whose mapping differs), run-length encoded.
package main

import (
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
)

func c(name, got string) { fmt.Printf("%s\t%s\n", name, hex.EncodeToString([]byte(got))) }

func main() {
	classes := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsLetter", unicode.IsLetter}, {"IsUpper", unicode.IsUpper}, {"IsLower", unicode.IsLower},
		{"IsTitle", unicode.IsTitle}, {"IsDigit", unicode.IsDigit}, {"IsNumber", unicode.IsNumber},
		{"IsPunct", unicode.IsPunct}, {"IsSymbol", unicode.IsSymbol}, {"IsSpace", unicode.IsSpace},
		{"IsPrint", unicode.IsPrint}, {"IsGraphic", unicode.IsGraphic}, {"IsControl", unicode.IsControl},
		{"IsMark", unicode.IsMark},
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle}, {"SimpleFold", unicode.SimpleFold}}
	for block := rune(0); block < 0x110000; block += 0x1000 {
		for _, cl := range classes {
			var runs []string
			start := rune(-1)
			for r := block; r <= block+0x1000; r++ {
				in := r < block+0x1000 && cl.f(r)
				if in && start < 0 {
					start = r
				} else if !in && start >= 0 {
					runs = append(runs, fmt.Sprintf("%x-%x", start, r-1))
					start = -1
				}
			}
			c(fmt.Sprintf("%s/%x", cl.name, block), strings.Join(runs, ","))
		}
		for _, m := range maps {
			var diffs []string
			for r := block; r < block+0x1000; r++ {
				if v := m.f(r); v != r {
					diffs = append(diffs, fmt.Sprintf("%x:%x", r, v))
				}
			}
			c(fmt.Sprintf("%s/%x", m.name, block), strings.Join(diffs, ","))
		}
	}
}
