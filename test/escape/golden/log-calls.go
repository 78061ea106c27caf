// build -gcflags=-m -l
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"time"
)

func check(err error) {
	if err != nil {
		log.Printf("check: %v", err)
	}
}

func main() {
	log.Println("starting", 1, 2)
	log.Print("no newline")
	log.Printf("value=%d", 42)
	check(errors.New("boom"))
	log.SetFlags(log.LstdFlags | log.Lshortfile)
	log.Println("with file")
	check(errors.New("from check"))
	log.SetPrefix("[app] ")
	log.Println("prefixed")
	log.SetFlags(log.Lmsgprefix | log.Lmicroseconds)
	time.Sleep(1500 * time.Microsecond)
	log.Println("micro")
	l := log.New(os.Stdout, "out: ", 0)
	l.Println("to stdout", log.Flags()&log.Lmicroseconds != 0)
	l.SetFlags(log.Ldate | log.LUTC)
	l.Printf("%s", "dated\n")
	fmt.Println(l.Prefix(), l.Flags())
	defer fmt.Println("deferred runs on panic")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("bad %d", 7)
	}()
	log.Fatalln("fatal", "end")
}
