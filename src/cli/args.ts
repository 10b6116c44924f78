/**
 * Each command's options, read strictly with `node:util` `parseArgs`: an unknown option (`--formt`),
 * a value given to a flag (`--write=false`), a missing value or a stray argument is a usage error
 * (exit 2, with the command's usage), never silently ignored. `--help`/`-h` answer every command.
 */
import { parseArgs as nodeParseArgs } from 'node:util';

export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly usage?: string,
  ) {
    super(message);
  }
}

export interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

/** What a command takes: its usage line, options (string-valued unless listed as flags), and how many arguments. */
export interface CommandSpec {
  usage: string;
  values: readonly string[];
  flags?: readonly string[];
  /** Argument names, for messages; a trailing `…` takes any number. */
  positionals: readonly string[];
}

/** Options every command takes. */
const COMMON_VALUES = ['revisions'];

export function readArgs(command: string, argv: readonly string[], spec: CommandSpec): Args | 'help' {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const name of [...spec.values, ...COMMON_VALUES]) options[name] = { type: 'string' };
  for (const name of spec.flags ?? []) options[name] = { type: 'boolean' };
  let parsed;
  try {
    parsed = nodeParseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (e) {
    // Node's messages name the option ("Unknown option '--formt'"); drop its advice about '--'.
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '.').replace(/\s+$/, '');
    throw new UsageError(`${command}: ${message}`, 2, spec.usage);
  }
  if (parsed.values.help) return 'help';
  const positional = parsed.positionals;
  const variadic = spec.positionals[spec.positionals.length - 1]?.endsWith('…');
  if (!variadic && positional.length > spec.positionals.length) {
    const extra = positional
      .slice(spec.positionals.length)
      .map((p) => `"${p}"`)
      .join(', ');
    throw new UsageError(
      `${command}: unexpected argument${positional.length - spec.positionals.length > 1 ? 's' : ''} ${extra}.`,
      2,
      spec.usage,
    );
  }
  const map = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (name === 'help' || value === undefined || value === false) continue;
    map.set(name, value === true ? true : String(value));
  }
  return { positional, options: map };
}

export function choice<T extends string>(
  value: string | true | undefined,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}.`);
}

/** A string option, or undefined; `--out ''` is refused rather than read as "no file". */
export function stringOption(args: Args, name: string): string | undefined {
  const value = args.options.get(name);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} needs a value.`);
  return value;
}
