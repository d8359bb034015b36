import { Parser } from 'htmlparser2';
import type { TextBlock } from './text-block';

export interface HtmlDocument {
  blocks: TextBlock[];
  meta: Record<string, string>;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'iframe']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'td',
  'th',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'hr',
  'tr',
  'title',
  'body',
  'table',
  'ul',
  'ol',
]);
const SPACE = /\s/;
const META_KEYS = [
  'og:title',
  'og:site_name',
  'og:url',
  'article:published_time',
  'author',
  'date',
  'citation_title',
  'citation_date',
  'dc.date',
  'dc.creator',
  'parsely-pub-date',
];

/** Extracts readable text blocks from HTML, keeping each character's offset in the file. */
export function readHtml(html: string): HtmlDocument {
  const blocks: TextBlock[] = [];
  const meta: Record<string, string> = {};
  let skipDepth = 0;
  let text = '';
  // Kept apart from `text`: asking a string built by `+=` about its end flattens it, each time.
  let endsInSpace = false;
  let offsets: number[] = [];
  let hint: TextBlock['hint'];

  const flush = () => {
    const lead = text.length - text.trimStart().length;
    const body = text.trim();
    if (body) {
      const map = Int32Array.from(offsets.slice(lead, lead + body.length + 1));
      blocks.push({ text: body, start: map[0], map, hint, breakBefore: true });
    }
    text = '';
    endsInSpace = false;
    offsets = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') readMeta(attrs, meta);
        if (name === 'link' && attrs.rel === 'canonical' && attrs.href) meta.canonical = attrs.href;
        if (name === 'time' && attrs.datetime && !meta.time) meta.time = attrs.datetime;
        if (SKIPPED.has(name)) skipDepth++;
        if (BLOCKS.has(name)) flush();
        if (name === 'h1') hint = 'heading';
        if (name === 'figcaption') hint = 'caption';
      },
      ontext(chunk) {
        if (skipDepth > 0) return;
        const rawStart = parser.startIndex;
        const rawEnd = parser.endIndex + 1;
        const verbatim = rawEnd - rawStart === chunk.length;
        for (let i = 0; i < chunk.length; i++) {
          const isSpace = SPACE.test(chunk[i]);
          if (isSpace && endsInSpace) continue;
          offsets[text.length] = verbatim ? rawStart + i : rawStart;
          text += isSpace ? ' ' : chunk[i];
          endsInSpace = isSpace;
        }
        offsets[text.length] = rawEnd;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'title') {
          meta.title ??= text.trim();
          text = '';
          endsInSpace = false;
          offsets = [];
        } else if (BLOCKS.has(name)) {
          flush();
        }
        if (BLOCKS.has(name)) hint = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks, meta };
}

function readMeta(attrs: Record<string, string>, meta: Record<string, string>): void {
  const name = (attrs.property ?? attrs.name ?? '').toLowerCase();
  if (attrs.content && META_KEYS.includes(name) && !meta[name]) meta[name] = attrs.content.trim();
}
