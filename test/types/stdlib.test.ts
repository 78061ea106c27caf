// The standard library's Go declarations (interpreter/stdlib) must type-check without errors.
import { describe, expect, test } from 'vitest';
import { stdPackages } from '../../interpreter/stdlib/index.js';
import { stdImporter } from './harness.js';

describe('standard library declarations check cleanly', () => {
  for (const path of [...stdPackages.keys()].sort()) {
    test(path, () => {
      const pkg = stdImporter(path);
      expect(pkg?.path).toBe(path);
    });
  }
});
