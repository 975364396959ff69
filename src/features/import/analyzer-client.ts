/**
 * The page's side of the analyzer worker: started on first use, one request per article, and the
 * worker's readings turned into the same `Analysis` the curated articles have (the best reading per
 * token, flagged as automatic, with the other readings kept as alternatives).
 */
import type { Analysis, AutomaticFields, Reading, TokenAnalysis, Unit } from '../../domain/analysis';
import type { WordAnalysis } from '../../domain/analyzer';
import type { Article } from '../../domain/article';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

let worker: Worker | null = null;
let next = 0;
const waiting = new Map<number, (paragraphs: Extract<WorkerReply, { type: 'analysis' }>['paragraphs']) => void>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const data = event.data;
    if (data.type === 'analysis') {
      waiting.get(data.id)?.(data.paragraphs);
      waiting.delete(data.id);
    }
  });
  return worker;
}

/**
 * Starts the worker ahead of need (from the import page): its first start compiles the lexicon and caches
 * the index, so that reading the imported article finds it ready.
 */
export function warmAnalyzer(): void {
  start();
}

const reading = ({ score: _s, tier: _t, known: _k, ...rest }: WordAnalysis): Reading => rest;

/** Analyses an imported article in the worker. */
export function analyseArticle(article: Article): Promise<Analysis> {
  const id = next++;
  const request: WorkerRequest = { id, paragraphs: article.paragraphs.map((p) => ({ id: p.id, ar: p.ar })) };
  return new Promise((resolve) => {
    waiting.set(id, (paragraphs) => {
      const tokens: Array<TokenAnalysis & AutomaticFields> = [];
      const units: Unit[] = [];
      for (const paragraph of paragraphs) {
        for (const token of paragraph.tokens) {
          const [best, ...others] = token.analyses;
          if (!best) continue;
          tokens.push({ p: paragraph.id, start: token.start, end: token.end, ...reading(best), automatic: true, known: best.known, alternatives: others.map(reading) });
        }
        for (const unit of paragraph.units) units.push({ p: paragraph.id, start: unit.start, end: unit.end, text: unit.text, kind: unit.kind, gloss: unit.gloss });
      }
      resolve({ articleId: article.id, tokens, units });
    });
    start().postMessage(request);
  });
}
