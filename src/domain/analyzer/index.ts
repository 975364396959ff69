/**
 * The public API of the morphological analyzer, which explains Arabic text nobody curated (an article a
 * user pastes) in the same shape as the curated analyses: compile the lexicon once, then analyse words
 * or whole texts. Pure TypeScript, safe to run in a Web Worker.
 */
/** Builds the index once, at worker start-up, from the lexicon's lemmas, names and terms. */
export { compileLexicon, lexiconBuilder } from './compile.ts';
/** Readings of one word (`analyzeWord`) or of a whole text with its names and terms (`analyzeText`). */
export { analyzeText, analyzeWord } from './analyze.ts';
/** The shapes the analyzer returns, and the compiled lexicon it reads. */
export type { CompiledLexicon, TextAnalysis, TextToken, TextUnit, Tier, WordAnalysis } from './types.ts';
