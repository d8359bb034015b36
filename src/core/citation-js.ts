import { Cite, logger, plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export { Cite, type CslData };

/** Parses input citation.js recognises under `type` (e.g. `@biblatex/text`) into CSL items. */
export function toCslItems(input: unknown, type: string): CslData[] {
  try {
    return plugins.input.chain(input, { forceType: type, generateGraph: false });
  } finally {
    // citation.js keeps every warning it logs in an array that is never emptied; in a long-running
    // editor, re-reading a large .bib on each save would grow it without end.
    logger._log.length = 0;
  }
}
