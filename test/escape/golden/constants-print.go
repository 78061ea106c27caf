// build -gcflags=-m -l
package main

import "fmt"

const IPv6len = 16

type IP []byte
type D int64

func main() {
	ip := make(IP, IPv6len)
	_ = ip
	fmt.Println(0x10, 'x', 2.5, "hi\n", true, D(3), 1e100, '\n')
}
