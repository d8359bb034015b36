import { statSync } from 'node:fs';
import { parseBibliography } from '../core/bibliography';
import { checkDraft, type Finding } from '../core/checks';
import type { GroundworkIndex } from '../core/groundwork-index';
import { MAX_BIBLIOGRAPHY_BYTES, MAX_SOURCE_BYTES, mayRead } from '../core/file-rules';
import { decodeSource } from '../core/source-decode';
import { LineIndex } from '../core/text-position';
import { readCapped } from '../node/read-capped';
import { factsOf } from './read-sources';

export const CHECK_USAGE = `usage: groundwork check DRAFT... [--sources PATH...] [--bibliography FILE...] [--format text|json]

Checks Markdown drafts against the sources: quotes, who said them, names, citation keys,
uncited claims. Prints one finding a line as file:line:column: severity: message [rule].
--bibliography names .bib or CSL-JSON files whose keys drafts may also cite.
Exit status: 0 no errors, 1 findings at error level, 2 bad usage or unreadable draft.
`;

export interface CheckArgs {
  drafts: string[];
  sources: string[];
  bibliographies: string[];
  format: 'text' | 'json';
}

/** `check`'s own arguments: drafts first, `--sources` takes every path up to the next option. */
export function parseCheckArgs(argv: string[]): CheckArgs | string {
  const args: CheckArgs = { drafts: [], sources: [], bibliographies: [], format: 'text' };
  let list = args.drafts;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sources') list = args.sources;
    else if (a === '--bibliography') list = args.bibliographies;
    else if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(9) : argv[++i];
      if (value !== 'text' && value !== 'json') return `--format must be text or json, not ${value ?? 'nothing'}`;
      args.format = value;
      list = args.drafts;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else list.push(a);
  }
  if (args.drafts.length === 0) return 'no DRAFT given';
  if (argv.includes('--sources') && args.sources.length === 0) return '--sources needs at least one PATH';
  if (argv.includes('--bibliography') && args.bibliographies.length === 0) return '--bibliography needs at least one FILE';
  return args;
}

interface Checked {
  path: string;
  text: string;
  findings: Finding[];
}

/** Runs the checks on each draft and prints them; returns the exit status. */
export function runCheck(args: CheckArgs, index: GroundworkIndex, out: (t: string) => void, err: (t: string) => void): number {
  const extraKeys = bibliographyKeys(args.bibliographies, err);
  const checked: Checked[] = [];
  let unreadable = false;
  for (const path of args.drafts) {
    const text = readDraft(path, err);
    if (text === undefined) unreadable = true;
    else checked.push({ path, text, findings: checkDraft(text, { index, extraKeys }).findings });
  }
  out(args.format === 'json' ? json(checked) : checked.map(textLines).join(''));
  if (unreadable) return 2;
  return checked.some((c) => c.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** Keys of the entries in .bib / CSL-JSON files; unreadable files and entries are reported, not fatal. */
function bibliographyKeys(paths: string[], err: (t: string) => void): Set<string> {
  const keys = new Set<string>();
  for (const path of paths) {
    const text = readDraft(path, err, 'bibliography');
    if (text === undefined) continue;
    const bibliography = parseBibliography(path, text);
    if (!bibliography) {
      err(`groundwork check: ${path}: not a .bib or CSL-JSON bibliography\n`);
      continue;
    }
    for (const e of bibliography.errors) err(`groundwork check: ${e}\n`);
    for (const entry of bibliography.entries) keys.add(entry.key);
  }
  return keys;
}

/** A draft or bibliography named on the command line: a regular file, stat-checked, read up to its cap. */
function readDraft(path: string, err: (t: string) => void, what: 'source' | 'bibliography' = 'source'): string | undefined {
  const max = what === 'bibliography' ? MAX_BIBLIOGRAPHY_BYTES : MAX_SOURCE_BYTES;
  let bytes: Uint8Array;
  try {
    const verdict = mayRead(factsOf(statSync(path)), max, what);
    if (!verdict.read) {
      err(`groundwork check: ${path}: ${verdict.reason}\n`);
      return undefined;
    }
    bytes = readCapped(path, max);
  } catch (e) {
    err(`groundwork check: ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    return undefined;
  }
  const decoded = decodeSource(bytes, max, what);
  if ('error' in decoded) {
    err(`groundwork check: ${path}: ${decoded.error}\n`);
    return undefined;
  }
  return decoded.text;
}

function textLines({ path, text, findings }: Checked): string {
  const lines = new LineIndex(text);
  return findings
    .map((f) => {
      const { line, column } = lines.position(f.start);
      return `${path}:${line}:${column}: ${f.severity}: ${f.message.replace(/\s*\n\s*/g, ' ')} [${f.rule}]\n`;
    })
    .join('');
}

function json(checked: Checked[]): string {
  const files = checked.map(({ path, text, findings }) => {
    const lines = new LineIndex(text);
    const range = (start: number, end: number) => ({ start: lines.position(start), end: lines.position(end), startOffset: start, endOffset: end });
    return {
      path,
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        range: range(f.start, f.end),
        fixes: f.fixes.map((x) => ({
          title: x.title,
          edits: x.edits.map((e) => ({ range: range(e.start, e.end), text: e.text })),
          remember: x.remember ?? null,
        })),
        source: f.related ?? null,
      })),
    };
  });
  const count = (s: string) => checked.reduce((n, c) => n + c.findings.filter((f) => f.severity === s).length, 0);
  return (
    JSON.stringify(
      { files, summary: { errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') } },
      null,
      2,
    ) + '\n'
  );
}
