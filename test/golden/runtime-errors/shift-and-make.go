// run
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	n := -1
	try("shift", func() { _ = 1 << n })
	try("shift right", func() { x := 8; _ = x >> n })
	try("make map", func() { _ = make(map[int]int, n) })
	big := 1 << 62
	try("make huge", func() { _ = make([]int, big) })
	try("make chan", func() { _ = make(chan int, n) })
	try("uint shift ok", func() { var s uint = 70; fmt.Println(1<<s == 0) })
	var arr [5]int
	idx := 5
	try("array ptr", func() { p := &arr; p[idx] = 1 })
	try("string conv", func() { s := []byte("abc"); _ = [4]byte(s) })
}
