/**
 * The ids of a user's own documents. A collection is `own-<id>`, its documents `own-<id>-<n>`: a
 * document's id names its collection, so a URL holding one (a comparison, a clause's history, a
 * proposal's base) finds the corpus it belongs to, and two collections never mix. Stored ids
 * ("2016-hammamet") and imported ones ("local-…") never take this form.
 */
export const OWN_SET = /^own-[a-z0-9]+$/;
export const OWN_DOCUMENT = /^(own-[a-z0-9]+)-(\d+)$/;

/** The stored texts (and the texts imported as one of them) are one scope; each collection is another. */
export const STORED = 'stored';

/** The scope a revision id belongs to: its collection's id, or STORED. */
export const scopeOf = (revisionId: string): string => OWN_DOCUMENT.exec(revisionId)?.[1] ?? STORED;

export const newSetId = (): string =>
  `own-${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;

/** What a URL naming documents this browser does not hold is told (a compare, search or history URL alike). */
export const notHeldMessage = (id: string): string =>
  `"${id}" names your own documents, which this browser does not hold: they were removed, or added in another browser. Add them again on the Overview ("Compare your own documents").`;
