// Package errors: New, Is, As, Unwrap, Join. Mostly Go; As needs reflection on its target.
import { Iface, implementsIface } from '../runtime/iface.js';
import { Slice } from '../runtime/slice.js';
import { callSync } from '../runtime/defer.js';
import { assignInto, errorType, funcOf, sliceOf, type TypeDesc } from '../runtime/typedesc.js';
import { panicString } from './panics.js';
import type { Pointer } from '../runtime/pointer.js';
import type { StdPackage } from './package.js';

const source = `package errors

func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

var ErrUnsupported = New("unsupported operation")

// unwrapAny calls err's Unwrap method if it has one of Go's two forms: Unwrap() error (kind 1,
// result in one) or Unwrap() []error (kind 2, result in many). The result tells them apart.
func unwrapAny(err error) (one error, many []error, kind int)

func Unwrap(err error) error {
	one, _, kind := unwrapAny(err)
	if kind != 1 {
		return nil
	}
	return one
}

// comparable reports whether the dynamic type of v supports ==.
func comparable(v error) bool

func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		one, many, kind := unwrapAny(err)
		switch kind {
		case 1:
			err = one
			if err == nil {
				return false
			}
		case 2:
			for _, err := range many {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// checkAsTarget panics unless target is a non-nil pointer to an interface or to an error type.
func checkAsTarget(target any)

// assignAs stores err in *target when err's dynamic type is assignable to *target's type.
func assignAs(err error, target any) bool

func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignAs(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		one, many, kind := unwrapAny(err)
		switch kind {
		case 1:
			err = one
			if err == nil {
				return false
			}
		case 2:
			for _, err := range many {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	s := e.errs[0].Error()
	for _, err := range e.errs[1:] {
		s += "\\n" + err.Error()
	}
	return s
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
`;

const unwrapOne = funcOf([], [errorType], false);
const unwrapMany = funcOf([], [sliceOf(errorType)], false);

export const errorsPackage: StdPackage = {
  path: 'errors',
  source,
  impl: {
    unwrapAny: (err: Iface | null) => {
      const m = err?.type.methods.get('Unwrap');
      // Only Unwrap() error and Unwrap() []error count, as errors' interface assertions check.
      if (!err || !m || (m.sig !== null && m.sig !== unwrapOne && m.sig !== unwrapMany)) return [null, null, 0];
      const r = callSync(m.fn, err.value);
      if (r instanceof Slice) return [null, r, 2];
      if (r instanceof Iface) return [r, null, 1];
      return [null, null, 0];
    },
    comparable: (v: Iface) => v.type.comparable,
    checkAsTarget: (target: Iface) => {
      if (target.type.kind !== 'Pointer' || target.value === null) throw panicString('errors: target must be a non-nil pointer');
      const et = target.type.elem as TypeDesc;
      if (et.kind !== 'Interface' && implementsIface(et, errorType) !== '') {
        throw panicString('errors: *target must be interface or implement error');
      }
    },
    assignAs: (err: Iface, target: Iface) => {
      const et = target.type.elem as TypeDesc;
      if (et.kind === 'Interface') {
        if (implementsIface(err.type, et) !== '') return false;
        (target.value as Pointer).store(err);
        return true;
      }
      if (err.type !== et) return false;
      if (et.kind === 'Struct' || et.kind === 'Array') assignInto(et, target.value, err.value);
      else (target.value as Pointer).store(err.value);
      return true;
    },
  },
};
