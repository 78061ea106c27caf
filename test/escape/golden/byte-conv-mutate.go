// build -gcflags=-m -l
package main

func main() {
	s := "hello"
	b := []byte(s)
	b[0] = 'H'
	println(string(b))
}
