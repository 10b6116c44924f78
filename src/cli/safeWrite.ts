/**
 * Writes that lose nothing. Each file is written beside its target under a temporary name and renamed
 * over it (a rename within a folder is atomic), so a full disk leaves the old file whole rather than
 * cut off mid-clause; several files that belong together (a revision's text, provenance and index
 * entry) are written first and swapped in last, and put back as they were if any swap fails.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './args';

/** The file operations used here (injected by tests to simulate a full disk or a failing rename). */
export interface WriteFs {
  writeFileSync(path: string, data: string | Uint8Array): void;
  renameSync(from: string, to: string): void;
  existsSync(path: string): boolean;
  rmSync(path: string, options?: { force?: boolean }): void;
}

const temporary = (path: string, tag: string) =>
  join(dirname(path), `.${basename(path)}.${tag}-${process.pid}-${Date.now()}`);

/** Writes all files or none: on any failure every target is as it was before, and the error is rethrown. */
export function writeFilesTogether(
  files: ReadonlyArray<{ path: string; data: string | Uint8Array }>,
  fs: WriteFs = nodeFs,
): void {
  const staged = files.map((f) => ({ ...f, temp: temporary(f.path, 'new'), backup: temporary(f.path, 'old') }));
  const swapped: Array<(typeof staged)[number] & { placed: boolean }> = [];
  try {
    for (const f of staged) fs.writeFileSync(f.temp, f.data);
    for (const f of staged) {
      if (fs.existsSync(f.path)) fs.renameSync(f.path, f.backup);
      const entry = { ...f, placed: false };
      swapped.push(entry);
      fs.renameSync(f.temp, f.path);
      entry.placed = true;
    }
  } catch (e) {
    for (const f of swapped.reverse()) {
      if (fs.existsSync(f.backup)) fs.renameSync(f.backup, f.path);
      else if (f.placed) fs.rmSync(f.path, { force: true });
    }
    for (const f of staged) fs.rmSync(f.temp, { force: true });
    throw e;
  }
  for (const f of staged) fs.rmSync(f.backup, { force: true });
}

/**
 * Refuses an output path that would destroy an input or cannot be a file: the same path as an input
 * (`propose --draft d.json --out d.json`), a folder, an empty name, or a folder that does not exist.
 */
export function checkOutput(
  out: string,
  inputs: readonly string[],
  fs: Pick<typeof nodeFs, 'existsSync' | 'statSync'> = nodeFs,
): string {
  if (!out.trim()) throw new UsageError('--out needs a file name.');
  const target = resolve(out);
  if (inputs.some((i) => resolve(i) === target))
    throw new UsageError(`--out ${out} is also an input: writing it would destroy that file. Choose another name.`);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory())
    throw new UsageError(`--out ${out} is a folder: give a file name inside it, e.g. ${join(out, 'comparison.docx')}.`);
  const folder = dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
    throw new UsageError(
      `--out ${out}: the folder ${dirname(out)} does not exist. Create it first or choose another path.`,
    );
  return target;
}

/** Writes one output file safely (see the header). */
export function writeOutput(path: string, data: string | Uint8Array, fs: WriteFs = nodeFs): void {
  writeFilesTogether([{ path, data }], fs);
}
