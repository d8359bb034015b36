import { join } from 'node:path';
import { buildCorpus } from '../core/corpus';
import { readSources } from './read-sources';
import { runCommand, USAGE } from './commands';
import { CHECK_USAGE, parseCheckArgs, runCheck } from './check-command';

function main(argv: string[]): number {
  if (argv[0] === 'check') return check(argv.slice(1));
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
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
  const { inputs, problems } = readSources(paths.length ? paths : [join(__dirname, '..', 'seeds')]);
  for (const p of problems) process.stderr.write(`groundwork: ${p}\n`);
  const corpus = buildCorpus(inputs);
  for (const s of corpus.sources) for (const e of s.errors) process.stderr.write(`groundwork: ${s.path}: ${e}\n`);
  return runCommand(command, { corpus, query: needsQuery ? rest[0] : undefined, flags, out: (t) => process.stdout.write(t) });
}

function check(argv: string[]): number {
  if (argv.includes('--help')) {
    process.stdout.write(CHECK_USAGE);
    return 0;
  }
  const args = parseCheckArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`groundwork check: ${args}\n\n${CHECK_USAGE}`);
    return 2;
  }
  const { inputs, problems } = readSources(args.sources.length ? args.sources : [join(__dirname, '..', 'seeds')]);
  for (const p of problems) process.stderr.write(`groundwork: ${p}\n`);
  const corpus = buildCorpus(inputs);
  return runCheck(args, corpus, (t) => process.stdout.write(t), (t) => process.stderr.write(t));
}

process.exitCode = main(process.argv.slice(2));
