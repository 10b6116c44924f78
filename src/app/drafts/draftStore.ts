/**
 * Drafts in the browser's localStorage, one key per draft plus a versioned index. Nothing is ever
 * overwritten blindly:
 *  - each saved draft carries a save counter; a save whose expected counter no longer matches
 *    (another tab saved meanwhile) is refused as a conflict for the user to settle;
 *  - data that cannot be read (corrupt JSON, foreign shape) is set aside (../quarantine.ts) and
 *    reported; data of a future version is left untouched and the store turns read-only.
 */
import { readDraftValue, type Draft } from '../../model';
import { setAside } from '../quarantine';

export const STORE_VERSION = 1;
const INDEX_KEY = 'res75.drafts';
const DRAFT_PREFIX = 'res75.draft.';

interface StoredDraft {
  seq: number;
  savedBy: string;
  draft: Draft;
}

export interface StoreProblem {
  kind: 'corrupt' | 'future' | 'storage-full' | 'unavailable';
  message: string;
}

export interface DraftSummary {
  id: string;
  name: string;
  base: string;
  updatedAt: string;
}

export type SaveResult =
  | { ok: true; seq: number }
  | { ok: false; conflict: true; theirs: Draft; seq: number }
  | { ok: false; conflict: false; problem: StoreProblem };

export class DraftStore {
  readonly problems: StoreProblem[] = [];
  readOnly = false;

  private known(): readonly string[] {
    return typeof this.knownRevisions === 'function' ? this.knownRevisions() : this.knownRevisions;
  }

  constructor(
    private readonly storage: Storage | null,
    /** The revisions a draft may amend; a function when the list changes (a user's own documents). */
    private readonly knownRevisions: readonly string[] | (() => readonly string[]),
    readonly tabId: string,
  ) {
    if (!storage)
      this.problems.push({
        kind: 'unavailable',
        message:
          'Browser storage is not available: drafts will not survive a reload. Export them as JSON to keep them.',
      });
    else this.checkIndex();
  }

  private checkIndex() {
    const raw = this.storage!.getItem(INDEX_KEY);
    if (raw === null) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      this.quarantine(INDEX_KEY, raw, 'The list of drafts in this browser was unreadable');
      return;
    }
    const version = (value as { version?: unknown })?.version;
    if (typeof version === 'number' && version > STORE_VERSION) {
      this.readOnly = true;
      this.problems.push({
        kind: 'future',
        message: `The drafts in this browser were saved by a newer version of the app (store version ${version}). They are left untouched; this tab will not save. Update the app to edit them; you can still export drafts.`,
      });
    }
  }

  private quarantine(key: string, raw: string, what: string) {
    const set = setAside(this.storage!, key, raw, { remove: true });
    this.problems.push({
      kind: 'corrupt',
      message: set.ok
        ? `${what}. It was set aside under "${set.aside}" (nothing deleted) and the app carries on without it.`
        : `${what}, and could not be set aside; it was left as it is.`,
    });
  }

  private ids(): string[] {
    if (!this.storage || (this.readOnly && !this.storage.getItem(INDEX_KEY))) return [];
    try {
      const value = JSON.parse(this.storage.getItem(INDEX_KEY) ?? '{"ids":[]}') as { ids?: unknown };
      return Array.isArray(value.ids) ? value.ids.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  }

  private writeIndex(ids: string[]) {
    this.storage!.setItem(INDEX_KEY, JSON.stringify({ version: STORE_VERSION, ids }));
  }

  private readStored(id: string): StoredDraft | null {
    const raw = this.storage?.getItem(DRAFT_PREFIX + id);
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as StoredDraft;
      const read = readDraftValue(value?.draft, this.known(), `Draft "${id}"`);
      if (!read.ok) {
        if (!this.readOnly) this.quarantine(DRAFT_PREFIX + id, raw, read.message);
        return null;
      }
      return {
        seq: typeof value.seq === 'number' ? value.seq : 0,
        savedBy: String(value.savedBy ?? ''),
        draft: read.draft,
      };
    } catch {
      if (!this.readOnly) this.quarantine(DRAFT_PREFIX + id, raw, `Draft "${id}" was unreadable`);
      return null;
    }
  }

  list(): DraftSummary[] {
    return this.ids()
      .map((id) => this.readStored(id))
      .filter((s): s is StoredDraft => s !== null)
      .map(({ draft }) => ({ id: draft.id, name: draft.name, base: draft.base, updatedAt: draft.updatedAt }));
  }

  load(id: string): { draft: Draft; seq: number } | null {
    const stored = this.readStored(id);
    return stored ? { draft: stored.draft, seq: stored.seq } : null;
  }

  /** Saves if nobody else saved since `expectedSeq`; otherwise reports the other version. */
  save(draft: Draft, expectedSeq: number): SaveResult {
    if (!this.storage) return { ok: false, conflict: false, problem: this.problems[0]! };
    if (this.readOnly) return { ok: false, conflict: false, problem: this.problems.find((p) => p.kind === 'future')! };
    const current = this.readStored(draft.id);
    if (current && current.seq !== expectedSeq)
      return { ok: false, conflict: true, theirs: current.draft, seq: current.seq };
    const seq = expectedSeq + 1;
    try {
      this.storage.setItem(
        DRAFT_PREFIX + draft.id,
        JSON.stringify({ seq, savedBy: this.tabId, draft } satisfies StoredDraft),
      );
      const ids = this.ids();
      if (!ids.includes(draft.id)) this.writeIndex([...ids, draft.id]);
      return { ok: true, seq };
    } catch (e) {
      const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
      return {
        ok: false,
        conflict: false,
        problem: {
          kind: full ? 'storage-full' : 'unavailable',
          message: full
            ? 'Browser storage is full: this change is not saved. Export the draft as JSON now, then delete old drafts to make room.'
            : `The draft could not be saved (${(e as Error).message}). Export it as JSON to keep it.`,
        },
      };
    }
  }

  remove(id: string) {
    if (!this.storage || this.readOnly) return;
    this.storage.removeItem(DRAFT_PREFIX + id);
    this.writeIndex(this.ids().filter((x) => x !== id));
  }

  /**
   * Everything this app keeps in the browser, exactly as stored (drafts of a newer version and data
   * set aside included), so that nothing is lost when this version cannot read it.
   */
  rawExport(): string {
    const out: Record<string, string> = {};
    for (let i = 0; i < (this.storage?.length ?? 0); i++) {
      const key = this.storage!.key(i)!;
      if (key.startsWith('res75.')) out[key] = this.storage!.getItem(key) ?? '';
    }
    return JSON.stringify({ exportedAt: new Date().toISOString(), storage: out }, null, 2) + '\n';
  }

  /** The storage key of a draft, to recognise it in `storage` events from other tabs. */
  static keyOf(id: string): string {
    return DRAFT_PREFIX + id;
  }
}
