/** The messages between the page and the analyzer worker. */
import type { TextAnalysis } from '../../domain/analyzer';

export interface WorkerRequest {
  id: number;
  paragraphs: Array<{ id: string; ar: string }>;
}

export type WorkerReply =
  /**
   * `loadMs`: from the script's start until the lexicon has arrived (lemmas compiled meanwhile) or the
   * cached index is read; `compileMs`: finishing the index after the last file; `scriptStart`: epoch ms.
   */
  | { type: 'ready'; compileMs: number; loadMs: number; scriptStart: number }
  | { type: 'analysis'; id: number; paragraphs: Array<TextAnalysis & { id: string }> };
