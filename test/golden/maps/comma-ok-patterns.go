// run
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat and the dog and the bird"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Println(w, freq[w])
	}
	if n, ok := freq["cat"]; ok {
		fmt.Println("cat found", n)
	}
	if _, ok := freq["cow"]; !ok {
		fmt.Println("no cow")
	}
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	_, has := set["a"]
	fmt.Println(has, len(set))
	groups := map[int][]string{}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
}
