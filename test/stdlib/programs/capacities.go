package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 40; i++ {
		sb.WriteString("ab")
		if i%7 == 0 {
			fmt.Print(sb.Len(), "/", sb.Cap(), " ")
		}
	}
	sb.Grow(100)
	fmt.Println(sb.Len(), sb.Cap())
	var buf bytes.Buffer
	for i := 0; i < 50; i++ {
		buf.WriteString("xyz")
		if i%9 == 0 {
			fmt.Print(buf.Len(), "/", buf.Cap(), " ")
		}
	}
	buf.WriteRune('世')
	buf.Grow(500)
	fmt.Println(buf.Len(), buf.Cap())
	var b2 bytes.Buffer
	b2.WriteString("hello")
	b2.WriteByte('!')
	fmt.Println(b2.Len(), b2.Cap(), b2.String())
	p := make([]byte, 3)
	b2.Read(p)
	b2.WriteString(strings.Repeat("z", 10))
	fmt.Println(b2.Len(), b2.Cap(), b2.String())
	b := []byte("abc")
	fmt.Println(len(b), cap(b))
	s := make([]int, 0)
	for i := 0; i < 20; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
}
