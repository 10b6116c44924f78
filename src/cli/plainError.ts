/** An unexpected error as one line a person can act on: file system errors say which path and what to do. */
const ADVICE: Record<string, string> = {
  ENOENT: 'it does not exist — check the path',
  EISDIR: 'it is a folder, not a file — give a file inside it',
  ENOTDIR: 'a part of the path is not a folder — check the path',
  EACCES: 'permission denied — choose a path you can read and write',
  EPERM: 'not permitted — choose a path you can read and write',
  ENOSPC: 'the disk is full — free some space and try again; nothing was changed',
  EROFS: 'the file system is read-only — choose another path',
};

export function plainError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const code = typeof err?.code === 'string' ? err.code : '';
  if (ADVICE[code]) return `error: ${err.path ?? 'a file'}: ${ADVICE[code]}.`;
  const message = e instanceof Error ? e.message : String(e);
  return `error: ${message.split('\n')[0]} — if this persists, report it with the command you ran.`;
}
