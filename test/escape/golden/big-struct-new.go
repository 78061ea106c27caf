// build -gcflags=-m -l
package main

type Big struct{ buf [100000]byte }

func main() {
	b := new(Big)
	_ = b
	var s Big
	_ = s
}
