// run go1.19
package main

import "fmt"

type Item struct{ Name string }

func main() {
	items := []Item{{"a"}, {"b"}, {"c"}}
	var refs []*Item
	for _, it := range items {
		refs = append(refs, &it)
	}
	for _, r := range refs {
		fmt.Print(r.Name, " ")
	}
	fmt.Println()
	m := map[string]int{"only": 1}
	var got []*string
	for k := range m {
		got = append(got, &k)
	}
	fmt.Println(*got[0])
	var fs []func() string
	for _, s := range "xyz" {
		fs = append(fs, func() string { return string(s) })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
}
