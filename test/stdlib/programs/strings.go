package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! Héllo, 世界"
	fmt.Println(strings.Contains(s, "World"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, '世'), strings.Count(s, "l"), strings.Count("five", ""))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'W'), strings.IndexRune(s, '界'), strings.IndexAny(s, "界W"), strings.LastIndexAny(s, "lo"))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz\n "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.Title("hello wide world"), strings.ToTitle("loud"))
	fmt.Printf("[%s] [%s] [%s] [%s]\n", strings.TrimSpace("  \t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "界"), strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.Compare("a", "b"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.CutPrefix("prefix-x", "prefix-"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Println(strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsUpper))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteByte('!')
	b.WriteRune('é')
	b.WriteString(" end")
	fmt.Println(b.String(), b.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "a", "A")
	fmt.Println(r.Replace("<a href>banana</a>"))
	rd := strings.NewReader("héllo")
	for {
		c, size, err := rd.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(c), size, " ")
	}
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.Clone("c"))
	fmt.Println(strings.Fields(""), len(strings.Fields("")), strings.Split("", ","), len(strings.Split("", ",")))
}
