// run
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "string")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("no verbs\n", "extra", 5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", 3.5i)
	fmt.Printf("%.2s %d\n")
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%v %v\n", nil, []interface{}{nil})
	fmt.Printf("%d\n", nil)
	fmt.Println(fmt.Sprintf("%"))
}
