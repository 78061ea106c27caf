// run
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	lo, hi, max := 2, 6, 4
	try("s[:hi]", func() { _ = s[:hi] })
	try("s[lo:1]", func() { _ = s[lo:1] })
	try("s[hi:]", func() { _ = s[hi:] })
	try("s[:4] ok", func() { fmt.Println(len(s[:4])) })
	try("s[1:2:max]", func() { _ = s[1:2:max] })
	try("s[1:2:6]", func() { _ = s[1:2:hi] })
	try("s[3:2:4]", func() { _ = s[lo+1 : lo : max] })
	str := "abc"
	try("str[:hi]", func() { _ = str[:hi] })
	try("str[lo:1]", func() { _ = str[lo:1] })
	arr := [3]int{}
	try("arr[:hi]", func() { _ = arr[:hi] })
	try("s[-1:]", func() { n := -1; _ = s[n:] })
	try("conv", func() { _ = [4]int(s) })
	try("s[i] with len", func() { _ = s[lo+2] })
}
