import { join } from 'node:path';
import { buildCorpus } from '../core/corpus';
import { readSources } from './read-sources';
import { runCommand, USAGE } from './commands';

function main(argv: string[]): number {
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

process.exitCode = main(process.argv.slice(2));
