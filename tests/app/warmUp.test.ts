// app/comparisons/warmUp.ts: which comparisons are computed in idle time after the one on screen.
import { describe, expect, it } from 'vitest';
import { warmUpOrder } from '../../src/app/comparisons/warmUp';

describe('warming up the next comparisons', () => {
  it('orders the pairs that share a side with the one on screen first, then the swap', () => {
    expect(warmUpOrder(['a-1', 'b-2', 'c-3'], 'b-2', 'c-3')).toEqual([
      ['a-1', 'c-3'],
      ['b-2', 'a-1'],
      ['c-3', 'b-2'],
    ]);
  });
});
