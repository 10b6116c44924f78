/**
 * The command line over the same model as the app:
 *   compare <from> <to> [--format json|text|markdown] [--only changes|all]
 *   history <revision-id> <clause-key> [--format json|text|markdown]
 *   propose --draft draft.json [--format docx|html|markdown] [--out FILE]
 *   proposals --base <revision-id> DRAFT.json… [--format json|html|markdown|docx] [--out FILE]
 *   draft FILE.docx --base <revision-id> [--out draft.json]
 *   import <file> --as <revision-id> [--source …] [--write [--replace-partial]] [--format json|text]
 *   check [FILE…]
 * `--revisions DIR` reads another revisions folder. Options are strict (node:util parseArgs): usage
 * errors exit 2 with the command's usage and list the valid choices; other errors exit 1 with one line.
 */
import { readArgs, UsageError, type Args, type CommandSpec } from './args';
import { checkCommand } from './commands/check';
import { compareCommand } from './commands/compare';
import { draftCommand } from './commands/draft';
import { historyCommand } from './commands/history';
import { importCommand } from './commands/import';
import { proposeCommand } from './commands/propose';
import { proposalsCommand } from './commands/proposals';
import { DEFAULT_REVISIONS_DIR, loadCorpusFromDir } from '../node/readCorpus';
import { plainError } from './plainError';
import { terminalSafe } from './terminalSafe';

const CLI = 'npm run --silent cli --';
const COMMON = 'Every command takes --revisions DIR (read the revisions from DIR instead of revisions/) and --help.';

const COMMANDS: Record<string, CommandSpec> = {
  compare: {
    usage: `${CLI} compare <from> <to> [--format json|text|markdown] [--only changes|all]   (<from>, <to>: revision ids, or two files .txt|.docx|.pdf of any resolution)
${CLI} compare <from> <to> --format docx|html --out FILE [--typography hide|show]   (a blackline: Accept All = newer text)`,
    values: ['format', 'only', 'out', 'typography'],
    positionals: ['from', 'to'],
  },
  history: {
    usage: `${CLI} history <revision-id> <clause-key> [--format json|text|markdown]
${CLI} history <clause-key> FILE… [--format …]   (versions of any resolution, oldest first; the key is the newest file's)`,
    values: ['format'],
    positionals: ['revision-id or clause-key', 'clause-key or FILE…'],
  },
  propose: {
    usage: `${CLI} propose --draft draft.json [--format docx|html|markdown] [--out FILE]`,
    values: ['draft', 'format', 'out'],
    positionals: [],
  },
  proposals: {
    usage: `${CLI} proposals --base <revision-id> DRAFT.json… [--format json|html|markdown|docx] [--out FILE]`,
    values: ['base', 'format', 'out'],
    positionals: ['DRAFT.json…'],
  },
  draft: {
    usage: `${CLI} draft FILE.docx --base <revision-id> [--out draft.json]   (a Word proposal read back as a draft)`,
    values: ['base', 'out'],
    positionals: ['FILE.docx'],
  },
  import: {
    usage: `${CLI} import <file> --as <revision-id> [--source "<where it came from>"] [--write [--replace-partial]] [--format json|text]`,
    values: ['as', 'source', 'format'],
    flags: ['write', 'replace-partial'],
    positionals: ['file'],
  },
  check: { usage: `${CLI} check [FILE…]`, values: [], positionals: ['FILE…'] },
};

const USAGE = `Usage:\n${Object.values(COMMANDS)
  .map((c) => c.usage.replace(/^/gm, '  '))
  .join('\n')}\n${COMMON}`;

type Result = { stdout: string; stderr: string; exitCode: number };

async function runCommand(command: string, args: Args, isTty: boolean): Promise<Result> {
  const dir = args.options.get('revisions');
  const revisionsDir = typeof dir === 'string' ? dir : DEFAULT_REVISIONS_DIR;
  const load = () => loadCorpusFromDir(revisionsDir);
  const ok = (stdout: string): Result => ({ stdout, stderr: '', exitCode: 0 });
  switch (command) {
    case 'compare':
      return ok(await compareCommand(load, args, isTty));
    case 'history':
      return ok(await historyCommand(load, args, isTty));
    case 'import':
      return ok(await importCommand(load(), revisionsDir, args, new Date().toISOString().slice(0, 10)));
    case 'propose':
      return ok(await proposeCommand(load(), args));
    case 'proposals':
      return ok(await proposalsCommand(load(), args));
    case 'draft':
      return { ...draftCommand(load(), args, new Date().toISOString()), exitCode: 0 };
    default: {
      const { output, exitCode } = checkCommand(load, args.positional);
      return { stdout: output, stderr: '', exitCode };
    }
  }
}

export async function run(argv: readonly string[], isTty = false): Promise<Result> {
  const [command, ...rest] = argv;
  const spec = command === undefined ? undefined : COMMANDS[command];
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      return { stdout: USAGE + '\n', stderr: '', exitCode: command === undefined ? 2 : 0 };
    }
    if (!spec) throw new UsageError(`Unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    const args = readArgs(command, rest, spec);
    if (args === 'help')
      return { stdout: `Usage:\n${spec.usage.replace(/^/gm, '  ')}\n${COMMON}\n`, stderr: '', exitCode: 0 };
    const result = await runCommand(command, args, isTty);
    // The safety net under every text output: no control character of a file reaches the terminal
    // (the formatters already write them out; only our own colour codes pass). JSON escapes its own.
    if (args.options.get('format') === 'json') return result;
    return { ...result, stdout: terminalSafe(result.stdout, isTty), stderr: terminalSafe(result.stderr, isTty) };
  } catch (e) {
    if (e instanceof UsageError) {
      const usage = e.usage ?? spec?.usage;
      const help =
        e.exitCode !== 2 ? '' : usage ? `\n\nUsage:\n${usage.replace(/^/gm, '  ')}\n${COMMON}` : `\n\n${USAGE}`;
      return { stdout: '', stderr: terminalSafe(`${e.message}${help}\n`, false), exitCode: e.exitCode };
    }
    // Anything else is still one plain line — what failed and what to do — never a stack trace.
    return { stdout: '', stderr: `${plainError(e)}\n`, exitCode: 1 };
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (invokedDirectly) {
  // A closed pipe (`| head`) is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : Promise.reject(e)));
  const result = await run(process.argv.slice(2), Boolean(process.stdout.isTTY));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
