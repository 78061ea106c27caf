// run
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p), buf.Len())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	b, _ := buf.ReadByte()
	fmt.Println(b)
	rest := buf.Bytes()
	fmt.Println(string(rest))
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	nb := bytes.NewBufferString("x,y")
	s, err := nb.ReadString(';')
	fmt.Printf("%q %v\n", s, err)
	var empty bytes.Buffer
	_, err = empty.ReadByte()
	fmt.Println(err)
}
