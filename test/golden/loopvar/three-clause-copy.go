// run
package main

import "fmt"

func main() {
	var fs []func()
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		fs = append(fs, func() { fmt.Println(i, j) })
		j -= 100
	}
	for _, f := range fs {
		f()
	}
	var addrs []*int
	for i := 0; i < 2; i++ {
		addrs = append(addrs, &i)
	}
	fmt.Println(addrs[0] != addrs[1], *addrs[0], *addrs[1])
}
