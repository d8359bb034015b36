import type * as vscode from 'vscode';

/** Languages of drafts with Pandoc citations: Markdown, Quarto (`.qmd`) and R Markdown (`.Rmd`). */
export const DRAFT_LANGUAGES: readonly string[] = ['markdown', 'quarto', 'rmd'];

/** Where every draft feature (hover, completion, checks, inlay hints…) is registered. */
export const DRAFTS: vscode.DocumentSelector = DRAFT_LANGUAGES.map((language) => ({ language }));

export function isDraftLanguage(languageId: string | undefined): boolean {
  return languageId !== undefined && DRAFT_LANGUAGES.includes(languageId);
}
