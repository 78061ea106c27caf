// run
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1), fmt.Sprint(1, "x"))
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	s := fmt.Sprintf("%s-%d", "id", 7)
	fmt.Println(s, len(s))
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%5s\n", "ab")
	fmt.Println(n)
	err = fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(err)
}
