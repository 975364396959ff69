/**
 * The automatic analyzer, off the main thread: fetches the team's lexicon (JSON files built beside the
 * app and precached by the service worker, so it works offline), compiles it once (and keeps the result
 * in a cache database for later starts), then analyses articles on request. Fetching JSON keeps this
 * script small: parsing a megabyte of script costs far more than parsing the same data as JSON.
 */
import { scriptStart } from './worker-clock';
import { analyzeText, lexiconBuilder, type CompiledLexicon } from '../../domain/analyzer';
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
  // Every file is requested at once; the lemmas are compiled file by file as they arrive (in a fixed
  // order), while the rest is still on its way.
  const files = Object.entries(urls)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, url]) => ({ kind: lexiconKind(path), entries: fetch(url).then((r) => r.json() as Promise<unknown[]>) }));
  const all = async <T>(kind: LexiconKind) => (await Promise.all(files.filter((f) => f.kind === kind).map((f) => f.entries))).flat() as T[];
  const builder = lexiconBuilder();
  for (const file of files) if (file.kind === 'lemmas') builder.lemmas((await file.entries) as LemmaEntry[]);
  const names = await all<NameEntry>('names');
  const terms = await all<TermEntry>('terms');
  const arrived = performance.now();
  const lexicon = builder.finish(names, terms);
  const compiled = performance.now();
  reply({ type: 'ready', compileMs: compiled - arrived, loadMs: arrived - scriptStart, scriptStart: performance.timeOrigin + scriptStart });
  // Stored before any analysis fills the index's lazy caches.
  await writeIndex(cacheKey, lexicon);
  return lexicon;
}

const lexicon = load();

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, paragraphs } = event.data;
  void lexicon.then((index) => reply({ type: 'analysis', id, paragraphs: paragraphs.map((p) => ({ id: p.id, ...analyzeText(index, p.ar) })) }));
});
