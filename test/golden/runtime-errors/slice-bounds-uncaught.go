// run
package main

func main() {
	s := []byte("hello")
	a, b := 3, 1
	println(string(s[a:b]))
}
