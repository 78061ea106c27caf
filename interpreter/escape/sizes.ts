// The type sizes moved to types/sizes.ts (unsafe.Sizeof needs them too).
export * from '../types/sizes.js';
