/** Recognises the furniture of wire copy: datelines, markers, paywall lines, captions, credits, copyright. */

const PAYWALL = [
  /^subscribe\b/i,
  /^start (?:a )?free (?:account|trial)\b/i,
  /^already a subscriber\b/i,
  /^(?:current )?print subscriber\b/i,
  /^(?:sign|log) (?:in|up)\b.{0,80}$/i,
  /^(?:create|register) (?:a |your )?(?:free )?account\b/i,
  /^(?:advertisement|sponsored content|story continues below)\.?$/i,
  /^(?:read more|related|recommended|most read|more from)\s*:?.{0,80}$/i,
  /^(?:share|share this|share on|tweet|email|print)(?: this)?(?: (?:article|story))?:?$/i,
  /^(?:click|tap) here\b/i,
  /^support (?:our|independent) journalism\b/i,
  /^(?:you have|you've) (?:\d+|one|two|three) free (?:articles?|stories)\b/i,
  /^get access to\b.*\bpremium\b/i,
  /^this (?:story|article) (?:is|was) (?:available|reserved) (?:only )?(?:to|for) subscribers\b/i,
];

export function isPaywallLine(line: string): boolean {
  const trimmed = line.trim();
  return PAYWALL.some((re) => re.test(trimmed));
}

/** Longer lines are never a copyright footer; the furniture patterns look only this far. */
const MAX_FURNITURE = 400;

/** How a copyright footer starts: a line that does not is not folded and matched at all. */
const COPYRIGHT_START = /^\s*(?:copyright|©|\(c\))/i;
const COPYRIGHT =
  /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(.+?)(?:\.\s*(?:all rights reserved|this material|distributed by)\b.*|\.?\s*all rights reserved.*|\.)?$/i;

/** `Copyright 2024 The Associated Press. All rights reserved. ...` gives `The Associated Press`. */
export function readCopyright(line: string): string | undefined {
  // Whitespace is folded first: the pattern's `\s*` runs would otherwise backtrack over long runs.
  if (line.length > MAX_FURNITURE || !COPYRIGHT_START.test(line)) return undefined;
  const m = COPYRIGHT.exec(line.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  return m[1].trim().replace(/[.,]$/, '') || undefined;
}

export interface DateMarker {
  date: string;
  length: number;
}

/** A leading `date 2024-11-29` marker, as some clipping tools write it. */
export function readDateMarker(line: string): DateMarker | undefined {
  const m = /^date:?\s+(\d{4}-\d{2}-\d{2})\b\s*/i.exec(line);
  return m ? { date: m[1], length: m[0].length } : undefined;
}

export interface Dateline {
  place: string;
  agency?: string;
  /** Characters up to and including the dash. */
  length: number;
}

// `(?=(\s*))\N` is an atomic `\s*`: a whitespace run is taken whole and never backtracked into,
// which nothing after it could use anyway (a parenthesis, a dash, a capital).
const DATELINE =
  /^(?<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,(?=(\s+))\2[A-Z][A-Za-z.'’ -]{1,40}?)?)(?=(\s*))\3(?:\((?<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?(?=(\s*))\5(?:[—–]+|--?)\s+/;

/** `SEOUL, South Korea (AP) — ...` gives place `SEOUL, South Korea`, agency `AP`. */
export function readDateline(line: string): Dateline | undefined {
  // A dateline is short: matching a bounded prefix keeps the `\s*` runs from backtracking over a long line.
  const m = DATELINE.exec(line.slice(0, MAX_FURNITURE));
  if (!m) return undefined;
  const place = m.groups!.place.trim();
  const agency = m.groups!.agency?.trim();
  const city = place.split(',')[0];
  if (city.length < 3 || city !== city.toUpperCase()) return undefined;
  return { place, agency, length: m[0].length };
}

export interface Caption {
  /** The caption without its trailing credit and `Photo:` tag. */
  textLength: number;
  credit?: string;
}

const CREDIT = /\(([^()]{3,120})\)\s*(?:(?:Photo|Image|Credit|Video)s?:\s*[^.]{0,60})?$/;
const CREDIT_WORDS = /\/|\bvia\b|\bphoto\b|\bgetty\b|\bpool\b|\bfile\b|\bAP\b|\bAFP\b|\breuters\b|\bEPA\b|\bpress service\b/i;
const CAPTION_OPENERS = /^(?:in this (?:photo|image|picture|file photo|undated photo)|this (?:photo|image)|file\s*[-–—]|photo(?:graph)?:|pictured:|caption:)/i;

/** A photo caption: ends in a credit like `(Name/Agency)` or opens like `In this photo ...`. */
export function readCaption(line: string): Caption | undefined {
  // The credit ends the line: only its tail is searched, so a long line costs no more than a short one.
  const body = line.trimEnd();
  const from = Math.max(0, body.length - MAX_FURNITURE);
  const credit = CREDIT.exec(body.slice(from));
  const hasCredit = credit !== null && CREDIT_WORDS.test(credit[1]);
  if (!hasCredit && !CAPTION_OPENERS.test(line)) return undefined;
  if (!hasCredit) return { textLength: line.length };
  return { textLength: line.slice(0, from + credit.index).trimEnd().length, credit: credit[1].trim() };
}

const MAX_HEADLINE = 400;

/** First line of wire copy that reads like a headline rather than a sentence of the story. */
export function looksLikeHeadline(line: string, followedByBreak: boolean): boolean {
  // Twenty words fit in far less; a longer line is not split into words at all.
  if (line.length > MAX_HEADLINE) return false;
  const words = line.split(/\s+/);
  if (!followedByBreak || words.length < 3 || words.length > 20) return false;
  if (/[.:;,]$/.test(line) && !/\.\.\.$/.test(line)) return false;
  if (readDateline(line) || readDateMarker(line)) return false;
  return /^[\p{Lu}\d“"‘']/u.test(line);
}

const MONTHS = new Map<string, number>(
  Object.entries({
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  }),
);

/** `Nov. 29, 2024`, `November 29, 2024` or `2024-11-29` anywhere in a line, as an ISO date. */
export function findDate(line: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(line);
  if (iso) return iso[0];
  const m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})\b/.exec(line);
  if (!m) return undefined;
  const month = MONTHS.get(m[1].toLowerCase())!;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}
