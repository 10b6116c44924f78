/**
 * The command line over the same model as the app:
 *   compare <from> <to> [--format json|text|markdown] [--only changes|all]
 *   history <revision-id> <clause-key> [--format json|text|markdown]
 *   propose --draft draft.json [--format docx|html|markdown] [--out FILE]
 *   import <file> --as <revision-id> [--source …] [--write] [--format json|text]
 *   check [FILE…]
 * `--revisions DIR` reads another revisions folder. Usage errors exit 2 and list the valid choices.
 */
import { parseArgs, UsageError } from './args';
import { checkCommand } from './commands/check';
import { compareCommand } from './commands/compare';
import { historyCommand } from './commands/history';
import { importCommand } from './commands/import';
import { proposeCommand } from './commands/propose';
import { DEFAULT_REVISIONS_DIR, loadCorpusFromDir } from './fsCorpus';

const USAGE = `Usage:
  npm run --silent cli -- compare <from> <to> [--format json|text|markdown] [--only changes|all]
  npm run --silent cli -- compare <from> <to> --format docx|html --out FILE [--typography hide|show]   (a blackline: Accept All = newer text)
  npm run --silent cli -- history <revision-id> <clause-key> [--format json|text|markdown]
  npm run --silent cli -- propose --draft draft.json [--format docx|html|markdown] [--out FILE]
  npm run --silent cli -- import <file> --as <revision-id> [--source "<where it came from>"] [--write] [--format json|text]
  npm run --silent cli -- check [FILE…]
Options: --revisions DIR  read the revisions from DIR instead of revisions/`;

export async function run(argv: readonly string[], isTty = false): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  try {
    const [command, ...rest] = argv;
    const args = parseArgs(rest, ['write']);
    const dir = args.options.get('revisions');
    const revisionsDir = typeof dir === 'string' ? dir : DEFAULT_REVISIONS_DIR;
    const load = () => loadCorpusFromDir(revisionsDir);
    switch (command) {
      case 'compare':
        return { stdout: await compareCommand(load(), args, isTty), stderr: '', exitCode: 0 };
      case 'history':
        return { stdout: historyCommand(load(), args), stderr: '', exitCode: 0 };
      case 'import':
        return { stdout: await importCommand(load(), revisionsDir, args, new Date().toISOString().slice(0, 10)), stderr: '', exitCode: 0 };
      case 'propose':
        return { stdout: await proposeCommand(load(), args), stderr: '', exitCode: 0 };
      case 'check': {
        const { output, exitCode } = checkCommand(load, args.positional);
        return { stdout: output, stderr: '', exitCode };
      }
      case undefined:
      case 'help':
      case '--help':
        return { stdout: USAGE + '\n', stderr: '', exitCode: command === undefined ? 2 : 0 };
      default:
        throw new UsageError(`Unknown command "${command}". Commands: compare, history, propose, import, check.`);
    }
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: e.exitCode === 2 ? `${e.message}\n\n${USAGE}\n` : `${e.message}\n`, exitCode: e.exitCode };
    throw e;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (invokedDirectly) {
  // A closed pipe (`| head`) is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : Promise.reject(e)));
  const result = await run(process.argv.slice(2), Boolean(process.stdout.isTTY));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
