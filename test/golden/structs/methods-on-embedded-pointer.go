// run
package main

import "fmt"

type Engine struct{ HP int }

func (e *Engine) Boost() { e.HP += 50 }
func (e Engine) Info() string { return fmt.Sprint(e.HP, "hp") }

type Car struct {
	*Engine
	Name string
}

type Wrapper struct {
	Car
}

func main() {
	c := Car{&Engine{100}, "go-kart"}
	c.Boost()
	fmt.Println(c.HP, c.Info(), c.Engine.HP)
	d := c
	d.Boost()
	fmt.Println(c.HP, d.HP, c.Engine == d.Engine)
	w := Wrapper{c}
	w.Boost()
	fmt.Println(w.Info(), w.Name, w.Car.Engine.HP)
	fmt.Printf("%+v\n", w.Car.Name)
}
