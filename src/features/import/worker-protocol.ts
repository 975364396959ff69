/** The messages between the page and the analyzer worker. */
import type { TextAnalysis } from '../../domain/analyzer';

export interface WorkerRequest {
  id: number;
  paragraphs: Array<{ id: string; ar: string }>;
}

export type WorkerReply =
  /** `loadMs`: reading the bundled lexicon; `compileMs`: building the index; `scriptStart`: epoch ms. */
  | { type: 'ready'; compileMs: number; loadMs: number; scriptStart: number }
  | { type: 'analysis'; id: number; paragraphs: Array<TextAnalysis & { id: string }> };
