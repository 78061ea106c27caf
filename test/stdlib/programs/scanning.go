package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var name string
	var age int
	n, err := fmt.Scan(&name, &age)
	fmt.Println(n, err, name, age)
	var f float64
	var w string
	n, err = fmt.Scanln(&f, &w)
	fmt.Println(n, err, f, w)
	var a, b int
	n, err = fmt.Scanf("%d-%d\n", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Scanln(&a)
	fmt.Println(n, err, a)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	n, err = fmt.Scan(&a)
	fmt.Println(n, err)
	var x, y int
	n, err = fmt.Sscan("10 20", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("7 apples", "%d %s", &x, &w)
	fmt.Println(n, err, x, w)
	n, err = fmt.Sscan("abc", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &x, &y)
	fmt.Println(n, err, x, y)
	var bo bool
	var r rune
	n, err = fmt.Sscanf("true Z", "%t %c", &bo, &r)
	fmt.Println(n, err, bo, r)
	n, err = fmt.Sscan("", &x)
	fmt.Println(n, err)
}
