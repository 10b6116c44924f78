import { beforeEach, describe, expect, it } from 'vitest';
import { setAside } from '../../src/app/quarantine';

/** A localStorage that refuses every write once `full` is set. */
function storage() {
  const map = new Map<string, string>();
  let full = false;
  const s = {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  } satisfies Storage;
  return { s, map, fill: () => (full = true) };
}

describe('setting browser data aside', () => {
  let st: ReturnType<typeof storage>;
  beforeEach(() => {
    st = storage();
    st.s.setItem('res75.drafts', '{broken');
  });

  it('copies the data under its own quarantine key and keeps the original unless told to remove it', () => {
    const r = setAside(st.s, 'res75.drafts', '{broken');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.aside).toMatch(/^res75\.quarantine\.\d+\.res75\.drafts$/);
    expect(st.map.get(r.aside)).toBe('{broken');
    expect(st.map.get('res75.drafts')).toBe('{broken');
  });

  it('with remove, the original goes only once the copy is safe', () => {
    const r = setAside(st.s, 'res75.drafts', '{broken', { remove: true });
    expect(r.ok && st.map.get(r.aside)).toBe('{broken');
    expect(st.map.has('res75.drafts')).toBe(false);
  });

  it('when storage is full nothing is touched: the data stays where it was', () => {
    st.fill();
    expect(setAside(st.s, 'res75.drafts', '{broken', { remove: true })).toEqual({ ok: false });
    expect([...st.map]).toEqual([['res75.drafts', '{broken']]);
  });
});
