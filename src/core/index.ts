export * from './types';
export { buildCorpus, type Corpus } from './corpus';
export { parseSource, formatOf } from './parse-source';
export { GroundworkIndex, type PassageHit, type Quote } from './groundwork-index';
export { NameMatcher } from './name-matcher';
export { citationMark, citedKeys, displayTitle, footnoteDefinition, type CitationStyle } from './citations';
export { entryToCsl, toCsl, type CslItem } from './csl';
export { CitationRenderer } from './citeproc';
export { citationGroups, parseCitations, parseLocator, scanMarkdown, type Citation, type CitationMode, type MarkdownScan } from './pandoc-citations';
export { LineIndex } from './text-position';
export { parseBibliography, sourceEntry, type BibEntry, type Bibliography } from './bibliography';
export { formatBibliography, BIBLIOGRAPHY_FORMATS, type BibliographyFormat } from './bibliography-export';
export { citationPlugin, type CitationFormat, type CitationRenderOptions } from './markdown-citations';
export {
  checkDraft,
  supportingPassages,
  DEFAULT_SEVERITY,
  type CheckContext,
  type CheckResult,
  type Finding,
  type Fix,
  type Rule,
  type Severity,
} from './checks';
