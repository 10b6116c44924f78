import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { importAs, readInput, revisionToLayout, type ReadFile } from '../../src/import';
import { revision } from '../model/helpers';

const noDocx = async () => {
  throw new Error('no Word file in these tests');
};
const read: ReadFile = (name, bytes, known) => readInput(name, bytes, noDocx, known);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the import sequence (read → parse → refuse on errors → identity check)', () => {
  it('a stored text read back is the same revision, clause for clause', async () => {
    const stored = revision('2016-hammamet');
    const r = await importAs(stored, { name: 'r75.txt', bytes: bytes(revisionToLayout(stored)) }, read);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('text');
    expect(r.revision.clauses.map((c) => [c.key, c.text])).toEqual(stored.clauses.map((c) => [c.key, c.text]));
  });

  it('gives the reader the stored words, which settle hyphens in text copied from a PDF', async () => {
    const stored = revision('2012-dubai');
    const spy = vi.fn<ReadFile>(async () => ({ ok: false, message: 'stop here.' }));
    await importAs(stored, { name: 'x.txt', bytes: bytes('x') }, spy);
    expect(spy.mock.calls[0]![2]).toBe(stored.clauses.map((c) => c.text).join('\n'));
  });

  it('a refusal by the reader is passed on as it is', async () => {
    const r = await importAs(revision('2012-dubai'), { name: 'data.bin', bytes: new Uint8Array([1, 0, 2]) }, read);
    expect(r).toEqual({ ok: false, message: 'data.bin is binary, not text. Give a .docx or a .txt file.' });
  });

  it('a text that is no resolution is refused with the file and line of each error, as one sentence', async () => {
    const r = await importAs(
      revision('2012-dubai'),
      { name: 'notes.txt', path: 'in/notes.txt', bytes: bytes('Some notes about the meeting.\n') },
      read,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/^in\/notes\.txt cannot be read as a resolution: in\/notes\.txt:\d+:\d+: error: /);
    expect(r.message).toMatch(/[.!?]$/);
  });

  it('another revision is refused by the identity check', async () => {
    const r = await importAs(
      revision('2016-hammamet'),
      { name: 'r75.txt', bytes: readFileSync('revisions/2012-dubai.txt') },
      read,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/text of Dubai, 2012, not of Hammamet, 2016/);
  });
});
