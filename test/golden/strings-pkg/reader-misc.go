// run
package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReader("hello")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.Read(buf)
	fmt.Println(n, err)
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexByte("abc", 'z'))
	fmt.Println(strings.ToTitle("loud"), strings.Clone("c"))
	lines := strings.Split("l1\nl2\nl3", "\n")
	for i, l := range lines {
		fmt.Println(i, l)
	}
}
