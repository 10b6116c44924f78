/**
 * One vocabulary for naming and citing, the same in the app, the command line and every export: a
 * revision's name, a clause's section and labels, a clause citation, a pair of revisions in words.
 */
import { showInvisibles } from './invisibles';
import type { Clause, Revision, RevisionMeta } from './types';

/** "Dubai 2012", or "Dubai 2012 (imported from R75.docx)" for a text imported in this browser. */
export function revisionName(meta: RevisionMeta): string {
  // A document that names no assembly is named by its file (year 0).
  return `${meta.city}${meta.year ? ` ${meta.year}` : ''}${meta.local ? ` (imported from ${meta.local.fileName})` : ''}`;
}

/** "Dubai 2012 → Hammamet 2016": a comparison named in words. */
export function pairName(from: RevisionMeta, to: RevisionMeta): string {
  return `${revisionName(from)} → ${revisionName(to)}`;
}

/** "e) iii)": a clause's labels; the key for a title-block line; "(unlabelled)" otherwise. */
export function labelText(clause: Clause): string {
  return clause.labelPath.length
    ? clause.labelPath.join(' ')
    : clause.kind === 'title-block'
      ? clause.key
      : '(unlabelled)';
}

/** The heading of the section a clause stands in: "considering", "resolves", "instructs the Director of TSB". */
export function sectionHeading(revision: Revision, clause: Clause): string {
  return revision.sections.find((s) => s.key === clause.sectionKey)?.heading ?? clause.sectionKey;
}

/** "considering e) iii)" — how a delegate cites a clause; "title block (number)" for a title-block line. */
export function citation(revision: Revision, clause: Clause): string {
  if (clause.kind === 'title-block') return `title block (${clause.key})`;
  return showInvisibles(
    clause.labelPath.length
      ? `${sectionHeading(revision, clause)} ${labelText(clause)}`
      : sectionHeading(revision, clause),
  );
}

/** A provenance source as a reader can check it: what the copy is, and its address (a URL or a file). */
export interface SourceCitation {
  title: string;
  address: string | null;
  /** Whether the address is a web address (a link), not a file of this project. */
  web: boolean;
}

/**
 * "https://studylib.net/doc/12924221/itu-t" → studylib.net at that address; "ITU-T edition of … (revisions/2022-geneva.txt)"
 * → that edition, at that file. A source with neither reads as its own words.
 */
export function sourceCitation(source: string): SourceCitation {
  const text = source.trim();
  if (/^https?:\/\/\S+$/.test(text)) {
    try {
      return { title: new URL(text).hostname.replace(/^www\./, ''), address: text, web: true };
    } catch {
      return { title: text, address: null, web: false };
    }
  }
  const file = /^(.*\S)\s*\(([^()\s]+\.[a-z]{2,4})\)$/.exec(text);
  if (file) return { title: file[1]!, address: file[2]!, web: false };
  return { title: text, address: null, web: false };
}
