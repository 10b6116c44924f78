/**
 * The header block of an ITU contribution read back from its lines (what stands before the
 * resolution's own text): assembly, meeting, document and addendum, date, original language, source,
 * title and abstract. A field the lines do not give stays empty; nothing is guessed.
 */
import type { ProposalHeader } from '../types';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const labelled = (lines: readonly string[], label: string) => {
  const re = new RegExp(`^${label}:\\s*(.+)$`, 'i');
  for (const l of lines) {
    const m = re.exec(l.trim());
    if (m) return m[1]!.trim();
  }
  return '';
};

function dateOf(text: string): string {
  const m =
    /\b(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{4})\b/i.exec(
      text,
    );
  if (!m) return '';
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** The header fields the lines give; the others empty. */
export function readHeaderBlock(lines: readonly string[]): Partial<ProposalHeader> {
  const all = lines.join('\n');
  const header: Partial<ProposalHeader> = {};
  const set = (field: keyof ProposalHeader, value: string) => {
    if (value) header[field] = value;
  };
  set('source', labelled(lines, 'Source'));
  set('title', labelled(lines, 'Title'));
  set('abstract', labelled(lines, 'Abstract'));
  set('language', /\bOriginal:\s*([A-Za-z]+)/.exec(all)?.[1] ?? '');
  set('assembly', /\b(WTSA-\d{2})\b/.exec(all)?.[1] ?? '');
  const addendum = /\bAddendum\s+([0-9A-Za-z]+)\s+to\s+Document\s+([0-9A-Za-z]+?)(?:-[A-Z])?\b/i.exec(all);
  const document = addendum ?? /\bDocument\s+([0-9A-Za-z]+?)(?:-[A-Z])?\b/i.exec(all);
  if (addendum) {
    set('addendum', addendum[1]!);
    set('document', addendum[2]!);
  } else if (document) set('document', document[1]!);
  set('date', dateOf(all));
  const meeting = lines.map((l) => l.trim()).find((l) => /^(plenary meeting|committee \d+)$/i.test(l));
  if (meeting) set('meeting', meeting.charAt(0) + meeting.slice(1).toLowerCase().replace(/ m/, ' M'));
  return header;
}
