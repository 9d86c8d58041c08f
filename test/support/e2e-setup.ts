import { afterEach, expect } from 'vitest';
import { takePageProblems } from './page-problems.ts';

// Every page visit of every browser test: no console error, no uncaught error.
afterEach(() => {
  expect(takePageProblems(), 'console errors or uncaught errors on the pages of this test').toEqual([]);
});
