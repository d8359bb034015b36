import type { DocEntity, DocMention } from '../people';
import type { Passage, Sentence } from '../types';

/**
 * The parts of a record that a large corpus holds millions of (sentences, document mentions),
 * kept as the numbers the codec sends and made into objects only when read: a build reads
 * passage texts and entity names, while sentences and mentions are read a few sources at a time
 * (a hover, a check, a card rebuilt). Classes, not accessors on each object, so a passage costs
 * one object; `toJSON` gives the plain record.
 */

/** Six numbers a sentence: start, end, line, column, and the range of its text in the passage's (-1 when it is not a slice of it, then in `odd`). */
export const SENTENCE_WIDTH = 6;
/** Four numbers a mention: start, end, line, column. */
export const MENTION_WIDTH = 4;

export class PackedPassage implements Passage {
  declare offsets?: Int32Array;
  private made: Sentence[] | undefined;

  constructor(
    public id: string,
    public sourceKey: string,
    public kind: Passage['kind'],
    public text: string,
    public start: number,
    public end: number,
    public line: number,
    public column: number,
    /** The source's passages as the codec stores them, this passage's sentences from `from` to `to` (see `SENTENCE_WIDTH`). */
    private readonly flat: Int32Array,
    private readonly from: number,
    private readonly to: number,
    readonly odd: readonly string[] | undefined,
  ) {}

  /** The packed sentences, as the codec sends them. */
  get packedSentences(): number[] {
    return Array.from(this.flat.subarray(this.from, this.to));
  }

  get sentences(): Sentence[] {
    return (this.made ??= this.unpack());
  }

  set sentences(sentences: Sentence[]) {
    this.made = sentences;
  }

  /** Whether the sentences are still the packed ones (the codec can send those as they are). */
  get packed(): boolean {
    return this.made === undefined;
  }

  toJSON(): Passage {
    const { id, sourceKey, kind, text, start, end, line, column, sentences, offsets } = this;
    return offsets
      ? { id, sourceKey, kind, text, start, end, line, column, sentences, offsets }
      : { id, sourceKey, kind, text, start, end, line, column, sentences };
  }

  private unpack(): Sentence[] {
    const flat = this.flat;
    const out: Sentence[] = [];
    let odd = 0;
    for (let i = this.from; i < this.to; i += SENTENCE_WIDTH) {
      const from = flat[i + 4];
      out.push({
        start: flat[i],
        end: flat[i + 1],
        line: flat[i + 2],
        column: flat[i + 3],
        text: from < 0 ? this.odd![odd++] : this.text.slice(from, flat[i + 5]),
      });
    }
    return out;
  }
}

/**
 * A mention's text as stored: which of its entity's `names` it is (a number), the text itself
 * when it is none of them, or null for the source text at its range. A mention is almost always
 * written as one of the names, so the people linker reads mentions without the source's text.
 */
export type MentionText = string | number | null;

/** An entity whose mentions are made from its numbers each time they are read (the cards keep their own). */
export class PackedEntity implements DocEntity {
  declare honorific?: 'f' | 'm';

  constructor(
    public kind: DocEntity['kind'],
    public words: string[],
    public names: Array<[string, number]>,
    public roles: string[],
    public certain: boolean,
    /** See `MENTION_WIDTH`. */
    readonly packedMentions: readonly number[],
    readonly texts: readonly MentionText[] | undefined,
    /** The source's text, read only for a mention stored as the text at its range. */
    private readonly source: () => string,
  ) {}

  get mentions(): DocMention[] {
    const flat = this.packedMentions;
    const out: DocMention[] = [];
    for (let i = 0; i < flat.length; i += MENTION_WIDTH) {
      const stored = this.texts?.[i / MENTION_WIDTH] ?? null;
      const text = typeof stored === 'number' ? this.names[stored][0] : (stored ?? this.source().slice(flat[i], flat[i + 1]));
      out.push({ start: flat[i], end: flat[i + 1], line: flat[i + 2], column: flat[i + 3], text });
    }
    return out;
  }

  toJSON(): DocEntity {
    const { kind, words, names, roles, mentions, certain, honorific } = this;
    return honorific === undefined ? { kind, words, names, roles, mentions, certain } : { kind, words, names, roles, mentions, certain, honorific };
  }
}
