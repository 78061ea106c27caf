// build -gcflags=-m -l
package main

var all []*int

func main() {
	for i := 0; i < 3; i++ {
		p := new(int)
		*p = i
		all = append(all, p)
	}
	for i := 0; i < 3; i++ {
		q := new(int)
		_ = q
	}
}
