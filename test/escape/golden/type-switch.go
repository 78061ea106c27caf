// build -gcflags=-m -l
package main

import "fmt"

func describe(i interface{}) string {
	switch v := i.(type) {
	case int:
		return fmt.Sprint(v)
	case *int:
		return "ptr"
	}
	return ""
}

func main() {
	x := 1
	_ = describe(&x)
	_ = describe(2)
}
