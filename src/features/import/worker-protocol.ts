/** The messages between the page and the analyzer worker. */
import type { TextAnalysis } from '../../domain/analyzer';

export interface WorkerRequest {
  id: number;
  paragraphs: Array<{ id: string; ar: string }>;
}

export type WorkerReply =
  | { type: 'ready'; compileMs: number }
  | { type: 'analysis'; id: number; paragraphs: Array<TextAnalysis & { id: string }> };
