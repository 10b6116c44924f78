/** A clause in the command line's JSON, and the warning on outputs that include reconstructed wording. */
import { sectionHeading, unverifiedNote, type Clause, type Revision } from '../../model';

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
