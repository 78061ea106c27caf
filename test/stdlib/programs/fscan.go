package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		fmt.Fscan(in, &x)
		sum += x
	}
	fmt.Println("sum", sum)
	var name string
	var age int
	c, err := fmt.Fscanln(in, &name, &age)
	fmt.Println(c, err, name, age)
	line, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	var a, b int
	c, err = fmt.Fscanf(in, "%d,%d", &a, &b)
	fmt.Println(c, err, a, b)
	rest, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	var w1, w2 string
	c, err = fmt.Fscan(strings.NewReader("alpha beta"), &w1, &w2)
	fmt.Println(c, err, w1, w2)
	c, err = fmt.Fscan(in, &a)
	fmt.Println(c, err)
}
