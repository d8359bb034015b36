import type { Random } from './random';
import { fullName, type RosterPerson } from './people-roster';
import { ADJECTIVES, AGENCIES, DATELINES, NOUNS, PLACES_IN_TEXT, SITES, TOPICS, VERBS, WEEKDAYS } from './vocabulary';

export type ArticleFormat = 'txt' | 'md' | 'html';

interface Cast {
  person: RosterPerson;
  /** The spelling of the full name this article uses (canonical, variant or a typo). */
  written: string;
  introduced: boolean;
}

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const PAYWALL = [
  'Subscribe Now Choose a package that suits your preferences.',
  'Start Free Account Get access to 7 premium stories every month for FREE!',
  'Already a Subscriber? Current print subscriber? Activate your complimentary Digital account.',
];

/** One wire-copy article of 2–8 KB in the given format, naming a few roster people. */
export function generateArticle(rng: Random, roster: RosterPerson[], format: ArticleFormat): string {
  const cast: Cast[] = [];
  const castSize = rng.int(2, 6);
  while (cast.length < castSize) {
    const person = roster[rng.zipf(roster.length)];
    if (!cast.some((c) => c.person === person)) cast.push({ person, written: spell(rng, person), introduced: false });
  }
  const [city, country] = rng.pick(DATELINES);
  const [agency, outlet] = rng.pick(AGENCIES);
  const date = `${rng.int(2020, 2025)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  const topic = rng.pick(TOPICS);
  const lead = cast[0];
  const headline = `${lead.person.role.replace(/^an? /, '')} ${lead.person.last} ${rng.pick(['warns', 'speaks', 'pushes back', 'weighs in'])} on ${topic}`;
  const target = rng.int(1800, 7600);
  const paragraphs: string[] = [];
  for (let size = 0; size < target;) {
    const p = paragraph(rng, cast, topic, city, outlet);
    paragraphs.push(p);
    size += p.length + 2;
  }
  const caption = rng.chance(0.4) ? captionLine(rng, roster, cast[rng.int(0, cast.length - 1)], city, country, date, agency) : undefined;
  if (format === 'md') return markdown(rng, headline, date, outlet, paragraphs, caption);
  if (format === 'html') return html(rng, headline, date, outlet, paragraphs, caption);
  const dateline = `${rng.chance(0.5) ? ` date ${date} ` : ''}${city}, ${country} (${agency}) — `;
  const lines = [headline, ''];
  if (caption) lines.push(caption);
  if (rng.chance(0.3)) lines.push(...PAYWALL);
  lines.push('', dateline + paragraphs[0], ...paragraphs.slice(1).flatMap((p) => ['', p]));
  if (rng.chance(0.6))
    lines.push(
      '',
      `Copyright ${date.slice(0, 4)} ${outlet}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.`,
    );
  return lines.join('\n') + '\n';
}

/** Mostly the canonical name; sometimes the variant spelling; now and then a typo. */
function spell(rng: Random, p: RosterPerson): string {
  if (p.variant && rng.chance(0.3)) return `${p.variant} ${p.last}`;
  if (p.first.length >= 5 && rng.chance(0.03)) {
    const i = rng.int(1, p.first.length - 2);
    return `${p.first.slice(0, i)}${p.first.slice(i + 1)} ${p.last}`;
  }
  return fullName(p);
}

/** The first mention gives role and full name; later ones the surname. */
function name(c: Cast): string {
  if (c.introduced) return c.person.last;
  c.introduced = true;
  return /^an? /.test(c.person.role) ? `${c.written}, ${c.person.role},` : `${c.person.role} ${c.written}`;
}

function paragraph(rng: Random, cast: Cast[], topic: string, city: string, outlet: string): string {
  const sentences: string[] = [];
  const n = rng.int(2, 4);
  for (let i = 0; i < n; i++) sentences.push(sentence(rng, cast, rng.chance(0.5) ? topic : rng.pick(TOPICS), city, outlet));
  return sentences.join(' ');
}

function sentence(rng: Random, cast: Cast[], topic: string, city: string, outlet: string): string {
  const a = rng.pick(cast);
  const b = rng.pick(cast.filter((c) => c !== a));
  const adj = rng.pick(ADJECTIVES);
  const nouns = rng.pick(NOUNS);
  switch (rng.int(0, 7)) {
    case 0:
      return `${name(a)} said ${nouns} ${rng.pick(VERBS)} that ${topic} faced a ${adj} review.`;
    case 1:
      return `“We will not accept ${adj} changes to ${topic},” ${name(a)} told reporters in ${titleCase(city)}.`;
    case 2:
      return `${name(a)} met ${name(b)} on ${rng.pick(WEEKDAYS)} to discuss ${topic}.`;
    case 3:
      return a.introduced ? `${a.person.last}’s office said talks on ${topic} would resume next week.` : `${name(a)} declined to comment on ${topic}.`;
    case 4:
      return `${capitalise(nouns)} in ${rng.pick(PLACES_IN_TEXT)} ${rng.pick(VERBS)} that ${topic} could bring a ${adj} shift in policy.`;
    case 5:
      return `The dispute over ${topic} has dragged on for ${rng.int(2, 30)} months, and ${nouns} expect a ${adj} outcome.`;
    case 6:
      return `According to ${outlet}, ${nouns} have met ${rng.int(2, 12)} times since ${rng.pick(MONTHS)} to discuss ${topic}.`;
    default:
      return `${capitalise(rng.pick(NOUNS))} said ${rng.int(3, 900)} ${rng.pick(NOUNS)} were affected by ${adj} measures tied to ${topic}.`;
  }
}

function captionLine(rng: Random, roster: RosterPerson[], c: Cast, city: string, country: string, date: string, agency: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const photographer = fullName(roster[rng.int(0, roster.length - 1)]);
  return `${c.person.role.replace(/^an? /, '')} ${c.written} speaks during a news conference in ${titleCase(city)}, ${country}, ${rng.pick(WEEKDAYS)}, ${MONTHS[m - 1]} ${d}, ${y}. (${photographer}/${agency} via Getty Images)`;
}

function markdown(rng: Random, title: string, date: string, outlet: string, paragraphs: string[], caption?: string): string {
  const fm = ['---', `title: "${title}"`, `date: ${date}`, `outlet: ${outlet}`, `url: https://example.com/${date}/${rng.int(1, 1e9)}`, '---', ''];
  const body = paragraphs.flatMap((p, i) => (i > 0 && i % 4 === 0 ? [`## ${capitalise(rng.pick(TOPICS))}`, '', p, ''] : [p, '']));
  return [...fm, ...(caption ? [`> ${caption}`, ''] : []), ...body].join('\n');
}

function html(rng: Random, title: string, date: string, outlet: string, paragraphs: string[], caption?: string): string {
  const site = rng.pick(SITES);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    '<!doctype html><html><head>',
    `<title>${esc(title)} | ${site}</title>`,
    `<meta property="og:title" content="${esc(title)}"><meta property="og:site_name" content="${site}">`,
    `<meta property="article:published_time" content="${date}T08:00:00Z"><meta name="author" content="${outlet}">`,
    '</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>',
    `<h1>${esc(title)}</h1>`,
    caption ? `<figure><img src="a.jpg"><figcaption>${esc(caption)}</figcaption></figure>` : '',
    ...paragraphs.map((p) => `<p>${esc(p)}</p>`),
    `</article><footer>© ${date.slice(0, 4)} ${site}</footer><script>track("${date}")</script></body></html>`,
  ].join('\n');
}

const pad = (n: number) => String(n).padStart(2, '0');
const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
