// run
package main

import "fmt"

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.125}}
	fmt.Printf("%-12s|%5s|%8s\n", "item", "qty", "price")
	fmt.Printf("%s\n", "------------+-----+--------")
	total := 0.0
	for _, r := range rows {
		fmt.Printf("%-12s|%5d|%8.2f\n", r.name, r.qty, r.price)
		total += float64(r.qty) * r.price
	}
	fmt.Printf("%-12s|%5s|%8.3f\n", "total", "", total)
	fmt.Printf("%08.3f|%+08d|%x|%X|%#08x\n", -3.14159, 42, -255, "Go", 255)
	fmt.Printf("%3d%%|%-4d|%4.1f%%\n", 50, 7, 99.5)
	fmt.Printf("%v|%6.2v|%.3v\n", 1.23456, 1.23456, "abcdef")
	fmt.Printf("%t|%-7t|%q\n", false, true, []rune("hé"))
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]c %[1]U\n", 0x263A)
}
