/** An input path that must be a readable file: a missing path or a folder is a plain usage error. */
import { existsSync, statSync } from 'node:fs';
import { UsageError } from './args';

export function requireFile(path: string, what: string): void {
  if (!existsSync(path)) throw new UsageError(`${what}: ${path} does not exist — check the path.`, 1);
  if (!statSync(path).isFile())
    throw new UsageError(`${what}: ${path} is a folder, not a file — give a file inside it.`, 1);
}
