export * from './types';
export { buildCorpus, type Corpus } from './corpus';
export { parseSource, formatOf } from './parse-source';
export { GroundworkIndex, type PassageHit, type Quote } from './groundwork-index';
export { NameMatcher } from './name-matcher';
export { citationMark, citedKeys, displayTitle, footnoteDefinition, type CitationStyle } from './citations';
export { toCsl, type CslItem } from './csl';
export { LineIndex } from './text-position';
export { checkDraft, supportingPassages, DEFAULT_SEVERITY, type CheckContext, type CheckResult, type Finding, type Fix, type Rule, type Severity } from './checks';
