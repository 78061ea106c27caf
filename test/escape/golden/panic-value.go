// build -gcflags=-m -l
package main

type E struct{ msg string }

func main() {
	defer func() { recover() }()
	panic(&E{"boom"})
}
