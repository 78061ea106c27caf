// run
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		err, ok := r.(error)
		fmt.Println(ok, err.Error())
	}()
	m := map[interface{}]bool{}
	var f interface{} = map[string]int{}
	_ = m[f]
}
