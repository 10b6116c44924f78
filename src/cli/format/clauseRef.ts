/** How a clause is named in every output: its label path and section, and its provenance. */
import { showControls, unverifiedNote, type Clause, type Revision } from '../../model';

export function labelText(clause: Clause): string {
  return clause.labelPath.length ? clause.labelPath.join(' ') : clause.kind === 'title-block' ? clause.key : '(unlabelled)';
}

export function sectionHeading(revision: Revision, clause: Clause): string {
  return revision.sections.find((s) => s.key === clause.sectionKey)?.heading ?? clause.sectionKey;
}

/** "considering e) iii)" — how a delegate cites a clause. */
export function citation(revision: Revision, clause: Clause): string {
  if (clause.kind === 'title-block') return `title block (${clause.key})`;
  return showControls(clause.labelPath.length ? `${sectionHeading(revision, clause)} ${labelText(clause)}` : sectionHeading(revision, clause));
}

export function clauseJson(revision: Revision, clause: Clause) {
  return {
    key: clause.key,
    label: clause.labelPath.join(' ') || null,
    section: sectionHeading(revision, clause),
    text: clause.text,
    provenance: clause.provenance,
  };
}

/** A plain warning for outputs that include reconstructed wording. */
export function reconstructionWarnings(revisions: readonly Revision[]): string[] {
  return revisions.map((r) => unverifiedNote(r)).filter((n): n is string => n !== null);
}
