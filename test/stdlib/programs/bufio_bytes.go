package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour\n"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print("[", sc.Text(), "]")
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println()
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 1)
	fmt.Println("direct")
	fmt.Println(w.Buffered(), w.Available())
	w.Flush()
	br := bufio.NewReader(strings.NewReader("line1\nline2\nrest"))
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Printf("%q %q %s\n", bytes.Split([]byte("a,b,c"), []byte(",")), bytes.Fields([]byte(" x  y ")), bytes.ToUpper([]byte("up")))
	fmt.Printf("%s|%s|%s\n", bytes.TrimSpace([]byte("  t  ")), bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")), bytes.Repeat([]byte("-"), 3))
	var nb *bytes.Buffer
	fmt.Println(nb.String())
	b2 := bytes.NewBufferString("x\ny\n")
	l, err := b2.ReadString('\n')
	fmt.Printf("%q %v %d\n", l, err, b2.Len())
	fmt.Fprintln(os.Stderr, "to stderr")
}
