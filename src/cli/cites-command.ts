import { readFileSync } from 'node:fs';
import { parseLocator } from '../core/pandoc-citations/locator';
import { scanMarkdown, type Citation } from '../core/pandoc-citations';
import { LineIndex } from '../core/text-position';

export const CITES_USAGE = `usage: groundwork cites DRAFT... [--json]

Lists every Pandoc citation in each draft as pandoc's Markdown reader reads it: key, mode
(normal, suppress-author, author-in-text), prefix, locator, suffix and where it stands.
Text output is one citation a line: file:line:column: @key mode [prefix | suffix].
`;

/** `groundwork cites`: returns the exit status (2 when a draft cannot be read). */
export function runCites(argv: string[], out: (t: string) => void, err: (t: string) => void): number {
  const unknown = argv.find((a) => a.startsWith('--') && a !== '--json');
  const drafts = argv.filter((a) => !a.startsWith('--'));
  if (unknown || drafts.length === 0) {
    err(`groundwork cites: ${unknown ? `unknown option ${unknown}` : 'no DRAFT given'}\n\n${CITES_USAGE}`);
    return 2;
  }
  let status = 0;
  const files: Array<{ path: string; citations: ReturnType<typeof citationJson>[] }> = [];
  for (const path of drafts) {
    const text = readText(path, err);
    if (text === undefined) {
      status = 2;
      continue;
    }
    const lines = new LineIndex(text);
    files.push({ path, citations: scanMarkdown(text).citations.map((c) => citationJson(c, lines)) });
  }
  if (argv.includes('--json')) out(JSON.stringify({ files }, null, 2) + '\n');
  else
    out(
      files
        .flatMap((f) =>
          f.citations.map(
            (c) => `${f.path}:${c.keyRange.line}:${c.keyRange.column}: @${c.key} ${c.mode}${c.prefix || c.suffix ? ` [${c.prefix} | ${c.suffix}]` : ''}\n`,
          ),
        )
        .join(''),
    );
  return status;
}

function citationJson(c: Citation, lines: LineIndex) {
  const locator = parseLocator(c.suffix);
  const at = (start: number, end: number) => {
    const from = lines.position(start);
    const to = lines.position(end);
    return { start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  };
  return {
    key: c.key,
    mode: c.mode,
    prefix: c.prefix,
    suffix: c.suffix,
    locator: locator ? { label: locator.label, value: locator.value } : null,
    note: c.note ?? null,
    range: at(c.start, c.end),
    keyRange: at(c.keyStart, c.keyEnd),
  };
}

function readText(path: string, err: (t: string) => void): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(`groundwork cites: ${path}: ${code === 'ENOENT' ? 'no such file' : code ? (e as Error).message : 'not UTF-8 text'}\n`);
    return undefined;
  }
}
