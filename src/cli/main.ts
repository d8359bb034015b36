import { join } from 'node:path';
import { escapeControls } from '../core/markdown-text';
import { indexSources } from './index-sources';
import { runCommand, USAGE } from './commands';
import { CHECK_USAGE, parseCheckArgs, runCheck } from './check-command';
import { runCites } from './cites-command';

/** Everything printed goes through here: a source's terminal escapes are shown, never sent to the terminal. */
function write(stream: NodeJS.WriteStream, text: string): void {
  stream.write(escapeControls(text));
}

const SEEDS = join(__dirname, '..', 'seeds');

const warn = (message: string) => write(process.stderr, `groundwork: ${message}\n`);

/** Options that take a value: `--format bibtex` or `--format=bibtex`. */
const VALUE_OPTIONS = new Set(['--format']);

function splitArgs(argv: string[]): { args: string[]; flags: Set<string>; options: Map<string, string> } {
  const args: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, value] = argv[i].split(/=(.*)/s);
    if (!name.startsWith('--')) args.push(argv[i]);
    else if (!VALUE_OPTIONS.has(name)) flags.add(argv[i]);
    else options.set(name, value ?? argv[++i] ?? '');
  }
  return { args, flags, options };
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'check') return check(argv.slice(1));
  if (argv[0] === 'cites')
    return runCites(
      argv.slice(1),
      (t) => process.stdout.write(t),
      (t) => process.stderr.write(t),
    );
  const { args, flags, options } = splitArgs(argv);
  const [command, ...rest] = args;
  if (!command || flags.has('--help')) {
    (command ? process.stdout : process.stderr).write(USAGE);
    return command ? 0 : 2;
  }
  const needsQuery = command === 'search';
  if (needsQuery && rest.length === 0) {
    process.stderr.write(`groundwork search: missing QUERY\n\n${USAGE}`);
    return 2;
  }
  const paths = needsQuery ? rest.slice(1) : rest;
  const index = await indexSources(paths.length ? paths : [SEEDS], warn);
  return runCommand(command, { index, query: needsQuery ? rest[0] : undefined, flags, options, out: (t) => write(process.stdout, t) });
}

async function check(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(CHECK_USAGE);
    return 0;
  }
  const args = parseCheckArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`groundwork check: ${args}\n\n${CHECK_USAGE}`);
    return 2;
  }
  const index = await indexSources(args.sources.length ? args.sources : [SEEDS], warn);
  return runCheck(
    args,
    index,
    (t) => write(process.stdout, t),
    (t) => write(process.stderr, t),
  );
}

void main(process.argv.slice(2)).then(
  (status) => (process.exitCode = status),
  (err: unknown) => {
    write(process.stderr, `groundwork: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
