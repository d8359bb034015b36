/** How pandoc reads a citation: `[@key]`, `[-@key]` or `@key` in the text. */
export type CitationMode = 'normal' | 'suppress-author' | 'author-in-text';

/** One cited work, with offsets into the draft. */
export interface Citation {
  key: string;
  mode: CitationMode;
  /** Markdown before the key inside the brackets (`see` in `[see @a, p. 3]`), trimmed. */
  prefix: string;
  /** Markdown after the key up to `;` or `]` (`, p. 3`), as written but trimmed. */
  suffix: string;
  /** `@key`, `-@key` or `@{key}`: the span an editor underlines. */
  keyStart: number;
  keyEnd: number;
  /** The whole citation as pandoc groups it: `[see @a, p. 3; @b]` or `@a [p. 3]`. */
  start: number;
  end: number;
  /** Set when the citation stands in the footnote definition with this label. */
  note?: string;
}

/** A `[^label]` reference to a footnote. */
export interface FootnoteRef {
  label: string;
  start: number;
  end: number;
}

/** A draft as pandoc's Markdown reader sees it, for citations and the checks. */
export interface MarkdownScan {
  citations: Citation[];
  footnoteRefs: FootnoteRef[];
  /** Labels of example-list items `(@label)`, which `@label` refers to. */
  examples: string[];
  /** 0-based lines of fences no fence closes: text to pandoc. */
  unclosedFences: number[];
  /** Labels of `[^label]:` definitions, in order. */
  footnoteDefinitions: Array<{ label: string; start: number; end: number }>;
  /**
   * What is not prose, as flat `start, end` pairs in order (numbers, not objects: adversarial
   * drafts have hundreds of thousands): front matter, code, math, raw HTML and TeX, link targets,
   * definitions' markers.
   */
  opaque: number[];
}
