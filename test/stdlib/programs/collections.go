package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2}
	c := maps.Clone(m)
	delete(c, "apple")
	fmt.Println(len(m), len(c), maps.Equal(m, c), len(maps.Clone(map[int]int(nil))))
	s := []int{1, 2, 3, 4, 5, 6}
	s = slices.DeleteFunc(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(s, slices.IndexFunc(s, func(x int) bool { return x > 2 }), slices.Repeat([]int{7}, 3), slices.Concat([]int{1}, []int{2, 3}))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.SortStableFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool { return words[i] > words[j] })
	fmt.Println(words, slices.Compact(words))
	str := "Hello, 世界! ünï"
	fmt.Println(len(str), utf8.RuneCountInString(str), utf8.ValidString(str), utf8.ValidString("\xff"), utf8.RuneLen('世'))
	r, size := utf8.DecodeRuneInString(str[7:])
	fmt.Println(string(r), size, utf8.RuneError)
	r, size = utf8.DecodeLastRuneInString(str)
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 'é')
	fmt.Println(buf[:n], utf8.AppendRune(nil, '界'), utf8.FullRune([]byte{0xe4, 0xb8}))
	for _, ch := range "aZ9 _é!\t" {
		fmt.Print(unicode.IsLetter(ch), unicode.IsUpper(ch), unicode.IsDigit(ch), unicode.IsSpace(ch), unicode.IsPunct(ch), string(unicode.ToUpper(ch)), "|")
	}
	fmt.Println()
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek), unicode.IsPrint('\u00ad'), string(unicode.ToLower('Σ')), string(unicode.SimpleFold('A')))
}
