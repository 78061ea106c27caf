// run
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "line %d\n", i)
	}
	for {
		line, err := b.ReadString('\n')
		if err != nil {
			fmt.Printf("end: %q %v\n", line, err)
			break
		}
		fmt.Print("read: ", line)
	}
	var w bytes.Buffer
	w.Write([]byte{'a', 'b'})
	w.Truncate(1)
	w.WriteString("z")
	fmt.Println(w.String(), w.Cap() >= 2)
	nb := bytes.NewBuffer([]byte("seed"))
	nb.WriteString("+more")
	fmt.Println(nb.String(), string(nb.Next(4)), nb.String())
}
