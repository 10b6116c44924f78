/**
 * How an ITU contribution names itself, from its header: "Addendum 16 to Document 43-E" on the first
 * page, "WTSA-24/43(Add.16)-E" at the top of the others, "19 September 2024" for its date. The letter
 * after the number is the language version (E, F, S, A, C, R: ITU's six languages).
 */
import type { ProposalHeader } from '../types';

const LANGUAGE_LETTERS: Record<string, string> = {
  english: 'E',
  french: 'F',
  spanish: 'S',
  arabic: 'A',
  chinese: 'C',
  russian: 'R',
};

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

const languageLetter = (h: ProposalHeader) => LANGUAGE_LETTERS[h.language.trim().toLowerCase()] ?? '';

/** `43-E`: the document number with its language letter. */
const numbered = (h: ProposalHeader) => `${h.document.trim()}${languageLetter(h) ? `-${languageLetter(h)}` : ''}`;

/** "Addendum 16 to Document 43-E", "Document 43-E", or null before a document number is given. */
export function documentLine(h: ProposalHeader): string | null {
  if (!h.document.trim()) return null;
  return h.addendum.trim() ? `Addendum ${h.addendum.trim()} to Document ${numbered(h)}` : `Document ${numbered(h)}`;
}

/** "WTSA-24/43(Add.16)-E", as the running head of every page but the first; null without a document number. */
export function documentReference(h: ProposalHeader): string | null {
  if (!h.document.trim()) return null;
  const letter = languageLetter(h);
  const assembly = h.assembly.trim() ? `${h.assembly.trim()}/` : '';
  const addendum = h.addendum.trim() ? `(Add.${h.addendum.trim()})` : '';
  return `${assembly}${h.document.trim()}${addendum}${letter ? `-${letter}` : ''}`;
}

/** "19 September 2024" for `2024-09-19`; anything else as written. */
export function contributionDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return date.trim();
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
