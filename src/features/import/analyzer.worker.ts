/**
 * The automatic analyzer, off the main thread: fetches the team's lexicon (JSON files built beside the
 * app and precached by the service worker, so it works offline), compiles it once, then analyses articles
 * on request. Fetching JSON keeps this script small: parsing a megabyte of script costs far more than
 * parsing the same data as JSON.
 */
import { scriptStart } from './worker-clock';
import { analyzeText, compileLexicon, type CompiledLexicon } from '../../domain/analyzer';
import { lexiconKind, type LexiconKind } from '../../domain/lexicon/files';
import type { LemmaEntry, NameEntry, TermEntry } from '../../domain/lexicon/schema';
import { readIndex, writeIndex } from './index-cache';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const urls = import.meta.glob<string>('../../content/lexicon/*.json', { eager: true, query: '?url', import: 'default' });
const reply = (message: WorkerReply) => postMessage(message);

const cacheKey = Object.values(urls).sort().join(' ');

async function load(): Promise<CompiledLexicon> {
  const cached = await readIndex(cacheKey);
  if (cached) {
    const read = performance.now();
    reply({ type: 'ready', compileMs: 0, loadMs: read - scriptStart, scriptStart: performance.timeOrigin + scriptStart });
    return cached;
  }
  const files = await Promise.all(Object.entries(urls).map(async ([path, url]) => [path, (await (await fetch(url)).json()) as unknown[]] as const));
  const pick = <T>(kind: LexiconKind) => files.flatMap(([path, entries]) => (lexiconKind(path) === kind ? (entries as T[]) : []));
  const parsed = performance.now();
  const lexicon = compileLexicon(
    pick<LemmaEntry>('lemmas'),
    pick<NameEntry>('names'),
    pick<TermEntry>('terms'),
  );
  const compiled = performance.now();
  reply({ type: 'ready', compileMs: compiled - parsed, loadMs: parsed - scriptStart, scriptStart: performance.timeOrigin + scriptStart });
  // Stored before any analysis fills the index's lazy caches.
  await writeIndex(cacheKey, lexicon);
  return lexicon;
}

const lexicon = load();

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, paragraphs } = event.data;
  void lexicon.then((index) => reply({ type: 'analysis', id, paragraphs: paragraphs.map((p) => ({ id: p.id, ...analyzeText(index, p.ar) })) }));
});
