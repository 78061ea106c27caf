// run
package main

import (
	"fmt"
	"runtime"
)

func catch(f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%T %v runtime=%v error=%v\n", r, r, isRuntime, isErr)
	}()
	f()
}

type custom struct{ code int }

func main() {
	catch(func() { panic("text") })
	catch(func() { panic(fmt.Errorf("wrapped %d", 1)) })
	catch(func() { panic(custom{7}) })
	catch(func() { var p *custom; _ = p.code })
	catch(func() { x := 0; _ = 10 / x })
	catch(func() { var i interface{} = "s"; _ = i.(int) })
	catch(func() { panic(nil) })
}
