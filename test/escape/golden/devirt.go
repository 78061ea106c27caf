// build -gcflags=-m -l
package main

type S interface{ Do() int }

type T struct{ n int }

func (t T) Do() int { return t.n }

func main() {
	var s S = T{1}
	_ = s.Do()
}
