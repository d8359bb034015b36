import type { EntityKind } from '../types';

/**
 * What one document says about who is who, worked out from that document alone. Plain
 * JSON-serialisable data: the engine sends it across the worker boundary and keeps it in its cache.
 */
export interface DocPeople {
  path: string;
  /** The source's date, when it gives one: a role is stated as of then. */
  date?: string;
  entities: DocEntity[];
}

/** One person, organisation or place as the document names it, with every mention resolved inside the document. */
export interface DocEntity {
  kind: EntityKind;
  /** The fullest name the document gives (`Vladimir Putin` for a text that also says `Putin`). */
  words: string[];
  /** Each spelling the document uses for the full name, with how often. */
  names: Array<[string, number]>;
  roles: string[];
  mentions: DocMention[];
  /**
   * The document alone says this is a person. When false the entity is a person only if the
   * corpus knows the name from elsewhere.
   */
  certain: boolean;
  /** `Mrs.`/`Ms.` (`f`) or `Mr.` (`m`) before a lone surname: keeps a wife apart from her husband's card. */
  honorific?: 'f' | 'm';
}

/** A mention in file offsets, with its 1-based line and column. */
export interface DocMention {
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
}
