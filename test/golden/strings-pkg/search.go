// run
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.ContainsRune(s, 'q'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"), strings.IndexByte(s, 'q'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"), strings.Count(s, "o"), strings.Count("five", ""))
	fmt.Println(strings.IndexAny(s, "zq"), strings.IndexFunc(s, func(r rune) bool { return r == 'b' }))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	rest, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(rest, ok)
	rest, ok = strings.CutSuffix("body.go", ".txt")
	fmt.Println(rest, ok)
}
