// run
package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, Gophers")
	fmt.Println(bytes.Contains(a, []byte("Go")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.Equal(nil, []byte{}))
	fmt.Println(string(bytes.ToUpper(a)), string(bytes.ToLower(a)), string(bytes.Title([]byte("go"))))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  x  y ")))
	fmt.Println(string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))))
	fmt.Println(string(bytes.TrimSpace([]byte("  pad  "))), string(bytes.Repeat([]byte("ab"), 2)))
	fmt.Println(string(bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb"))), bytes.HasPrefix(a, []byte("Hell")), bytes.Count(a, []byte("e")))
	fmt.Println(bytes.IndexByte(a, ','), bytes.ContainsRune(a, 'G'), bytes.EqualFold([]byte("Go"), []byte("GO")))
}
