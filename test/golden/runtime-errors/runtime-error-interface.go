// run
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Println("runtime.Error:", re.Error())
		}
	}()
	var arr []string
	idx := 2
	arr[idx] = "x"
}
