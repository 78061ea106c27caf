// run
package main

type Level int
type Msg string

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(Level))
		panic(Msg("named string"))
	}()
	panic(Level(3))
}
