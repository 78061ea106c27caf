// run
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tracker struct {
	depth int
	log   []string
}

func (t *Tracker) Enter(name string) func(*error) {
	t.log = append(t.log, strings.Repeat("  ", t.depth)+"enter "+name)
	t.depth++
	return func(errp *error) {
		t.depth--
		status := "ok"
		if r := recover(); r != nil {
			*errp = fmt.Errorf("%s panicked: %v", name, r)
		}
		if *errp != nil {
			status = "error: " + (*errp).Error()
		}
		t.log = append(t.log, strings.Repeat("  ", t.depth)+"leave "+name+" ("+status+")")
	}
}

func step(t *Tracker, name string, fail int) (err error) {
	defer t.Enter(name)(&err)
	switch fail {
	case 1:
		return errors.New("plain failure")
	case 2:
		panic("boom")
	case 3:
		return step(t, name+"/child", 2)
	}
	return nil
}

func main() {
	t := &Tracker{}
	fmt.Println(step(t, "a", 0))
	fmt.Println(step(t, "b", 1))
	fmt.Println(step(t, "c", 2))
	fmt.Println(step(t, "d", 3))
	fmt.Println(strings.Join(t.log, "\n"))
}
