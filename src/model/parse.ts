/**
 * Text → Revision. The layout is the one of `revisions/*.txt`: whatever comes before the
 * `RESOLUTION 75` line (a FOREWORD) is skipped; then the title block (titleBlock.ts); then the
 * body, headings and their clauses (bodyWalker.ts). Problems become diagnostics; the parser never
 * throws on any input (a property test holds it to that) and never drops a clause.
 */
import { nameUnlabelledClauses, walkBody } from './bodyWalker';
import { decodeInput } from './decode';
import { diagnostic } from './diagnostics';
import type { Report } from './newClause';
import { slugify, stripArtefacts } from './normalize';
import { attachProvenance } from './provenance';
import { readTitleBlock } from './titleBlock';
import type { Diagnostic, ParseResult, ProvenanceFile, Revision, RevisionMeta } from './types';

export interface ParseOptions {
  /** File name used in diagnostics. */
  file: string;
  /** Index entry; a placeholder is made from the file name when absent (imports, fixtures). */
  meta?: RevisionMeta;
  /** Provenance to attach; clauses without an entry are marked unverified. */
  provenance?: ProvenanceFile | null;
}

const RESOLUTION_LINE = /^RESOLUTION\s+(\d+)\b/;
const RESOLUTION_LINE_LOOSE = /^resolution\s+(\d+)\b/i;

function placeholderMeta(file: string): RevisionMeta {
  const id = slugify(file.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, '')) || 'imported';
  return {
    id,
    assembly: '',
    city: '',
    year: 0,
    dates: '',
    file,
    provenance: '',
    status: 'reconstruction',
    summary: '',
  };
}

export function parseRevision(input: string | Uint8Array, options: ParseOptions): ParseResult {
  const { file } = options;
  const decoded = decodeInput(input, file);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  if (decoded.text === null) return { revision: null, diagnostics };
  const report: Report = (line, column, severity, code, message, hint) =>
    diagnostics.push(diagnostic(file, line, column, severity, code, message, hint));

  const lines = decoded.text.split(/\r\n|\r|\n/).map((l) => stripArtefacts(l));
  let start = lines.findIndex((l) => RESOLUTION_LINE.test(l.trim()));
  if (start < 0) start = lines.findIndex((l) => RESOLUTION_LINE_LOOSE.test(l.trim()) && l.trim().length < 80);
  if (start < 0) {
    report(
      1,
      1,
      'error',
      'no-resolution-line',
      'No "RESOLUTION <number>" line was found.',
      'The text must contain the heading line of the resolution, e.g. "RESOLUTION 75 (Rev. Geneva, 2022)", before its title.',
    );
    return { revision: null, diagnostics };
  }
  const resolutionLine = lines[start]!.trim();
  const number = Number(RESOLUTION_LINE_LOOSE.exec(resolutionLine)![1]);

  const title = readTitleBlock(lines, start, report);
  const sections = [title.section];
  const clauses = [...title.clauses];
  walkBody(lines, title.next, report, sections, clauses);
  nameUnlabelledClauses(sections, clauses);
  if (sections.length === 1) {
    report(
      start + 1,
      1,
      'error',
      'no-clauses',
      'The resolution has a title but no sections or clauses.',
      'Check that the headings ("considering", "resolves" …) stand alone on their lines.',
    );
  }
  const meta = options.meta ?? placeholderMeta(file);
  diagnostics.push(...attachProvenance(clauses, options.provenance ?? null, file, meta.provenance || file));
  const revision: Revision = {
    meta,
    resolutionLine,
    number,
    sections,
    clauses,
    byKey: new Map(clauses.map((c) => [c.key, c])),
    diagnostics,
  };
  return { revision, diagnostics };
}
