// Package iter: the Seq and Seq2 iterator types of range-over-func.
import type { StdPackage } from './package.js';

const source = `package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)
`;

export const iterPackage: StdPackage = { path: 'iter', source, impl: {} };
