// run
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%s", 1, "a")
	fmt.Fprint(&sb, " ", 2)
	fmt.Fprintln(&sb, " end")
	fmt.Print(sb.String())
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "%s=%v\n", "k", []int{1})
	s := fmt.Sprintf("%08.3f|%x|%q", 3.14159, "hi", 'x')
	fmt.Println(s)
	fmt.Println(fmt.Sprint())
	fmt.Println(fmt.Sprintln())
}
