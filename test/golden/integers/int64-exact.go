// run
package main

import "fmt"

func main() {
	x := int64(1) << 53
	fmt.Println(x, x+1, x+2, x+3)
	y := int64(9007199254740993)
	fmt.Println(y, y*3, y/7, y%1000)
	var big uint64 = 1<<64 - 1
	fmt.Println(big, big/3, big%10, big>>1, big<<4)
	m := 123456789123
	fmt.Println(m*m, m*m/m)
	var n int = 3037000499
	fmt.Println(n*n, (n+1)*(n+1))
	fmt.Println(-9223372036854775807-1, 9223372036854775807/-1)
	a := int64(-9223372036854775808)
	fmt.Println(a/-1, a%-1, -a)
	fmt.Printf("%x %X %o %b\n", big, y, y, int64(255))
}
