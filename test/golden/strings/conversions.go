// run
package main

import "fmt"

func main() {
	b := []byte("hello")
	b[0] = 'H'
	fmt.Println(string(b), b)
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), r)
	fmt.Println(string(rune(0x4e16)), string([]byte{0xe4, 0xb8, 0x96}))
	n := 65
	fmt.Println(string(rune(n)))
	bs := []byte{}
	fmt.Println(string(bs) == "", len(string(bs)))
	type MyString string
	var ms MyString = "typed"
	fmt.Println(ms, string(ms)+"!", []byte(ms))
	fmt.Printf("%s %v %x % x\n", b, b, b, b)
}
