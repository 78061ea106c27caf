// run
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 65, 0x1F600, 0x1F600)
	neg := -42
	fmt.Printf("%d|%x|%o|%b|%08d|%+d|%8.4d|\n", neg, neg, neg, neg, neg, neg, neg)
	fmt.Printf("%x %X\n", uint64(1<<63), int64(-1))
	fmt.Printf("%3c|%-3c|\n", 'x', 'y')
	fmt.Printf("%v %v %v\n", int8(-1), uint8(200), uintptr(10))
	fmt.Printf("%.3d|%6.3d|%-6.3d|\n", 7, 7, 7)
	fmt.Printf("% x|% X|%#v|%#v\n", 1234, 1234, 42, uint(42))
}
