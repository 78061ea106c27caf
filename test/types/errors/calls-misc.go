package main

import "fmt"

func main() {
	x := 1
	x()
	fmt.Println
	var f func(int)
	f("a")
	go fmt.Sprint("a")
	defer len("a")
	defer int(3)
	go func() {}
	nilv := nil
	var i = nil
	_ = nilv
	_ = i
	_ = fmt
}
