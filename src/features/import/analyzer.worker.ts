/**
 * The automatic analyzer, off the main thread: compiles the team's lexicon (bundled with this worker, so
 * it is cached for offline use with the app) once at start-up, then analyses articles on request.
 */
import { analyzeText, compileLexicon } from '../../domain/analyzer';
import type { LemmaEntry, NameEntry, TermEntry } from '../../domain/lexicon/schema';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const started = performance.now();
const files = import.meta.glob<unknown[]>('../../content/lexicon/*.json', { eager: true, import: 'default' });
const pick = <T>(test: (path: string) => boolean) => Object.entries(files).flatMap(([path, entries]) => (test(path) ? (entries as T[]) : []));
const lexicon = compileLexicon(
  pick<LemmaEntry>((p) => p.includes('/lemmas-')),
  pick<NameEntry>((p) => p.endsWith('/names.json')),
  pick<TermEntry>((p) => p.endsWith('/terms.json')),
);
const reply = (message: WorkerReply) => postMessage(message);
reply({ type: 'ready', compileMs: performance.now() - started });

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, paragraphs } = event.data;
  reply({ type: 'analysis', id, paragraphs: paragraphs.map((p) => ({ id: p.id, ...analyzeText(lexicon, p.ar) })) });
});
