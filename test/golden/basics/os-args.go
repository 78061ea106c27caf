// run
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[1:]))
	fmt.Fprintf(os.Stdout, "%d %s\n", 7, "stdout")
	fmt.Fprint(os.Stderr, "err", 1, "\n")
	os.Stdout.WriteString("write string\n")
	os.Stderr.Write([]byte("raw bytes\n"))
}
