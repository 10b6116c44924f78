/** A small argument reader: positionals and `--name value` / `--flag` options, with usage errors. */

export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], flags: readonly string[]): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (flags.includes(name)) options.set(name, true);
      else if (inline !== undefined) options.set(name, inline);
      else if (i + 1 < argv.length) options.set(name, argv[++i]!);
      else throw new UsageError(`--${name} needs a value.`);
    } else positional.push(arg);
  }
  return { positional, options };
}

export function choice<T extends string>(value: string | true | undefined, allowed: readonly T[], fallback: T, name: string): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}.`);
}
