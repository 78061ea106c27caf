// run
package main

import "fmt"

type Item struct {
	ID   int
	Name string
}

func main() {
	queue := make(chan Item, 2)
	done := make(chan []string)
	go func() {
		var log []string
		for it := range queue {
			log = append(log, fmt.Sprintf("%d:%s", it.ID, it.Name))
		}
		done <- log
	}()
	for i, n := range []string{"apple", "banana", "cherry", "date", "elder"} {
		queue <- Item{i, n}
	}
	close(queue)
	fmt.Println(<-done)
}
