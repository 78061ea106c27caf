// run faketime
package main

// Five philosophers, five forks (Mutexes) and a host who lets at most two sit at once (a buffered
// channel as a semaphore), on one P with virtual time.
import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
}

func (p Philosopher) dine(rounds int, wg *sync.WaitGroup, host chan struct{}) {
	defer wg.Done()
	for i := 0; i < rounds; i++ {
		host <- struct{}{}
		p.left.Lock()
		p.right.Lock()
		fmt.Printf("%s philosopher %d eating (round %d)\n", time.Now().Format("05.000"), p.id, i)
		time.Sleep(10 * time.Millisecond)
		p.right.Unlock()
		p.left.Unlock()
		<-host
		fmt.Printf("%s philosopher %d thinking\n", time.Now().Format("05.000"), p.id)
		time.Sleep(5 * time.Millisecond)
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	forks := make([]*Fork, 5)
	for i := range forks {
		forks[i] = new(Fork)
	}
	host := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go Philosopher{i + 1, forks[i], forks[(i+1)%5]}.dine(2, &wg, host)
	}
	wg.Wait()
	fmt.Println("dinner over")
}
