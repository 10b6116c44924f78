/**
 * A contribution's apparatus around the resolution's text (fromDocument.ts): the MOD/ADD/SUP lines
 * (the first gives the proposal's number), the "Reasons:" under a change, and rules between changes.
 */
import type { RevisedParagraph } from '../types';

const MARK = /^(MOD|ADD|SUP)\s+(\S+)\s*$/;
const REASONS = /^Reasons:\s*/;
const RULE = /^[_\-–—\s]{3,}$/;

export interface TextAndApparatus {
  /** The resolution's paragraphs, with their place in the document. */
  body: Array<{ at: number; p: RevisedParagraph }>;
  /** The reason given after the body paragraph at this index. */
  reasonAfter: Map<number, string>;
  /** The number of the first change (`ABC/12A3/1`), or ''. */
  firstNumber: string;
}

/** The paragraphs from `start` (the RESOLUTION line) on, with the apparatus set apart. */
export function setApparatusApart(paragraphs: readonly RevisedParagraph[], start: number): TextAndApparatus {
  const body: TextAndApparatus['body'] = [];
  const reasonAfter = new Map<number, string>();
  const firstMark = paragraphs.map((p) => MARK.exec((p.new ?? p.old ?? '').trim())).find((m) => m !== null);
  paragraphs.slice(start).forEach((p, k) => {
    const text = (p.new ?? p.old ?? '').trim();
    if (MARK.test(text) || RULE.test(text)) return;
    if (REASONS.test(text)) reasonAfter.set(body.length - 1, text.replace(REASONS, '').trim());
    else body.push({ at: start + k, p });
  });
  return { body, reasonAfter, firstNumber: firstMark?.[2] ?? '' };
}
