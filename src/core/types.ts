/** A file handed to the core by its host (CLI, extension, worker). The core never reads files itself. */
export interface SourceInput {
  /** Path or URI string, used for display and as the default identity. */
  path: string;
  bytes: Uint8Array;
}

export type SourceFormat = 'txt' | 'md' | 'html';

/** A place in a source file: string offsets into the decoded text, 1-based line and column. */
export interface Location {
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface Sentence extends Location {
  text: string;
}

/** A paragraph of body text (or a photo caption) with its sentences. */
export interface Passage extends Location {
  /** `key#n`, stable while the source's text is unchanged. */
  id: string;
  sourceKey: string;
  kind: 'body' | 'caption';
  text: string;
  sentences: Sentence[];
  /** HTML sources only: the file offset of each character of `text` (which is decoded, not raw). */
  offsets?: Int32Array;
}

export interface SourceMeta {
  title?: string;
  date?: string;
  outlet?: string;
  place?: string;
  url?: string;
  authors: string[];
  /** Photo credits found in captions, e.g. `Kirill Kudryavtsev/AFP via Getty Images/TNS`. */
  credits: string[];
}

export interface Source {
  key: string;
  path: string;
  format: SourceFormat;
  meta: SourceMeta;
  /** The decoded file text; every offset in this source points into it. */
  text: string;
  passages: Passage[];
  errors: string[];
}

export type EntityKind = 'person' | 'organization' | 'place';

export interface Mention extends Location {
  source: string;
  path: string;
  text: string;
}

export interface Alias {
  text: string;
  /** `variant`: an accepted spelling; `misspelling`: a likely typo of the name. */
  kind: 'variant' | 'misspelling';
}

export interface RoleDate {
  role: string;
  date: string;
}

export interface Person {
  /** Stable id derived from the canonical name. */
  id: string;
  name: string;
  kind: EntityKind;
  role?: string;
  /** Other roles the sources give, least important last. */
  roles: string[];
  /** For each of `role` and `roles` that a dated source states, the date of the latest such source. */
  roleDates: RoleDate[];
  aliases: Alias[];
  mentions: Mention[];
}
