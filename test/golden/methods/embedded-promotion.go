// run
package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }
func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }

type Service struct {
	Logger
	Base
	Name string
}

func (s Service) Describe() string { return "Service " + s.Name + " " + s.Base.Describe() }

func main() {
	s := Service{Logger{"[svc] "}, Base{1}, "api"}
	s.Log("starting")
	s.SetID(42)
	fmt.Println(s.ID, s.Describe())
	fmt.Println(s.Base.Describe())
	type Describer interface{ Describe() string }
	var d Describer = s
	fmt.Println(d.Describe())
	d = &s.Base
	fmt.Println(d.Describe())
}
