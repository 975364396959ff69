/**
 * Saved vocabulary ("My words"): one record per lemma (not per surface form), with its status, the
 * sentences it was saved from and the learner's own gloss and note. Pure: no storage, no DOM.
 */
import type { TokenAnalysis, Unit } from './analysis';

/** Status levels as Lute and LingQ learners know them. */
export const WORD_STATUSES = ['new', 'learning1', 'learning2', 'learning3', 'learning4', 'known', 'ignored'] as const;
export type WordStatus = (typeof WORD_STATUSES)[number];

/** The key that sets each status, for the popover and My words (case-insensitive letters). */
export const STATUS_KEYS: Readonly<Record<string, WordStatus>> = {
  '1': 'learning1',
  '2': 'learning2',
  '3': 'learning3',
  '4': 'learning4',
  '5': 'known',
  k: 'known',
  i: 'ignored',
};

/** The status a key press asks for, or undefined. */
export function statusForKey(key: string): WordStatus | undefined {
  return STATUS_KEYS[key.toLowerCase()];
}

/**
 * The name of the DOM event a view sends as it sets a word's status (detail: `StatusChange`), so that the
 * colours on the same page follow at once, before the write has committed and been read back.
 */
export const STATUS_CHANGE_EVENT = 'qiraa:word-status';
export interface StatusChange {
  id: string;
  status: WordStatus;
}

/** The three groups counted on library cards; ignored lemmas are left out of the counts. */
export type StatusGroup = 'known' | 'learning' | 'new';
export function groupOf(status: WordStatus | undefined): StatusGroup | null {
  if (status === 'ignored') return null;
  if (status === 'known') return 'known';
  if (status === undefined || status === 'new') return 'new';
  return 'learning';
}

/** Where a word was saved from: the sentence, with the word's offsets inside it. */
export interface WordContext {
  articleId: string;
  paragraphId: string;
  sentence: string;
  start: number;
  end: number;
}

export interface WordRecord {
  /** The lemma key: the vocalised lemma (NFC) for words, `unit:` + the printed text for names and terms. */
  id: string;
  kind: 'word' | 'unit';
  /** Vocalised lemma (words) or the printed unit. */
  lemma: string;
  root: string | null;
  /** Part of speech (words) or unit kind (name, institution, term …). */
  pos: string;
  gloss: string;
  note: string;
  status: WordStatus;
  /** Newest first; a sentence is kept once. */
  contexts: WordContext[];
  /** Articles the contexts come from (indexed). */
  articleIds: string[];
  tags: string[];
  addedAt: number;
  updatedAt: number;
}

export const lemmaKey = (lemma: string) => lemma.normalize('NFC');
export const unitKey = (text: string) => `unit:${text.normalize('NFC')}`;

/** The word's key as the reader sees it: its unit's when it is saved as one, else its lemma's. */
export const tokenKey = (token: Pick<TokenAnalysis, 'lemma'>) => lemmaKey(token.lemma);

const SENTENCE_END = /[.!?؟؛\n]/u;

/** The sentence of `text` around [start, end), trimmed, with the span's offsets inside it. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; start: number; end: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length) to++; // keep the full stop
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  return { sentence, start: start - from - lead, end: end - from - lead };
}

function context(articleId: string, paragraphId: string, paragraph: string, start: number, end: number): WordContext {
  return { articleId, paragraphId, ...sentenceAround(paragraph, start, end) };
}

/** A new record for a token's lemma, saved from its sentence in `paragraph`. */
export function wordFromToken(token: TokenAnalysis, articleId: string, paragraph: string, now: number): WordRecord {
  return {
    id: tokenKey(token),
    kind: 'word',
    lemma: lemmaKey(token.lemma),
    root: token.root,
    pos: token.pos,
    gloss: token.gloss,
    note: '',
    status: 'new',
    contexts: [context(articleId, token.p, paragraph, token.start, token.end)],
    articleIds: [articleId],
    tags: [],
    addedAt: now,
    updatedAt: now,
  };
}

/** A new record for a name or term, saved from its sentence in `paragraph`. */
export function wordFromUnit(unit: Unit, articleId: string, paragraph: string, now: number): WordRecord {
  return {
    id: unitKey(unit.text),
    kind: 'unit',
    lemma: unit.text.normalize('NFC'),
    root: null,
    pos: unit.kind,
    gloss: unit.gloss,
    note: '',
    status: 'new',
    contexts: [context(articleId, unit.p, paragraph, unit.start, unit.end)],
    articleIds: [articleId],
    tags: [],
    addedAt: now,
    updatedAt: now,
  };
}

/**
 * Saving what is already saved adds the new sentence (once) and keeps everything the learner set:
 * status, gloss, note, tags and the date added.
 */
export function mergeWord(existing: WordRecord | undefined, incoming: WordRecord, now: number): WordRecord {
  if (!existing) return incoming;
  const seen = new Set(existing.contexts.map((c) => `${c.articleId}|${c.sentence}`));
  const fresh = incoming.contexts.filter((c) => !seen.has(`${c.articleId}|${c.sentence}`));
  if (fresh.length === 0 && incoming.tags.every((t) => existing.tags.includes(t))) return existing;
  const contexts = [...fresh, ...existing.contexts];
  return {
    ...existing,
    contexts,
    articleIds: [...new Set(contexts.map((c) => c.articleId))],
    tags: [...new Set([...existing.tags, ...incoming.tags])],
    updatedAt: now,
  };
}

/** Distinct lemma keys of an article's analysis, in order of first appearance. */
export function articleLemmas(tokens: readonly Pick<TokenAnalysis, 'lemma'>[]): string[] {
  return [...new Set(tokens.map(tokenKey))];
}

export interface StatusCounts {
  known: number;
  learning: number;
  new: number;
}

/** How many of an article's distinct lemmas are known, learning and new (unsaved counts as new). */
export function statusCounts(lemmas: readonly string[], statusOf: ReadonlyMap<string, WordStatus>): StatusCounts {
  const counts: StatusCounts = { known: 0, learning: 0, new: 0 };
  for (const lemma of lemmas) {
    const group = groupOf(statusOf.get(lemma));
    if (group) counts[group]++;
  }
  return counts;
}


export interface RootMember {
  lemma: string;
  pos: string;
  gloss: string;
  /** Where it first occurs. */
  articleId: string;
  paragraphId: string;
  /** How often it occurs across the articles. */
  count: number;
}

/** The lemmas of `root` that occur in the given analyses, most frequent first, then alphabetically. */
export function rootFamily(root: string, analyses: ReadonlyArray<{ articleId: string; tokens: readonly TokenAnalysis[] }>): RootMember[] {
  const members = new Map<string, RootMember>();
  for (const { articleId, tokens } of analyses) {
    for (const token of tokens) {
      if (token.root !== root) continue;
      const key = tokenKey(token);
      const member = members.get(key);
      if (member) member.count++;
      else members.set(key, { lemma: key, pos: token.pos, gloss: token.gloss, articleId, paragraphId: token.p, count: 1 });
    }
  }
  return [...members.values()].sort((a, b) => b.count - a.count || a.lemma.localeCompare(b.lemma, 'ar'));
}

/** What a deck entry points at (the shape of `DeckEntry` in deck.ts, kept here so no schema code loads). */
export interface DeckEntryRef {
  kind: 'word' | 'unit';
  articleId: string;
  p: string;
  start: number;
  end: number;
  gloss: string;
}

/** A deck entry tied to the token or unit it points at, with the key it is saved under in My words. */
export type ResolvedDeckEntry<E extends DeckEntryRef = DeckEntryRef> =
  | { entry: E; kind: 'word'; key: string; token: TokenAnalysis }
  | { entry: E; kind: 'unit'; key: string; unit: Unit };

type AnalysisOf = { articleId: string; tokens: readonly TokenAnalysis[]; units: readonly Unit[] };

/**
 * Finds the token (kind 'word') or unit (kind 'unit') of `analysis` at exactly the entry's paragraph
 * and offsets, with its saved-word key (`tokenKey` / `unitKey`); undefined when nothing matches.
 */
export function resolveDeckEntry<E extends DeckEntryRef>(entry: E, analysis: AnalysisOf): ResolvedDeckEntry<E> | undefined {
  if (analysis.articleId !== entry.articleId) return undefined;
  const at = (x: { p: string; start: number; end: number }) => x.p === entry.p && x.start === entry.start && x.end === entry.end;
  if (entry.kind === 'word') {
    const token = analysis.tokens.find(at);
    return token ? { entry, kind: 'word', key: tokenKey(token), token } : undefined;
  }
  const unit = analysis.units.find(at);
  return unit ? { entry, kind: 'unit', key: unitKey(unit.text), unit } : undefined;
}

/**
 * The saved words a deck adds: each entry's lemma or unit with the sentence it points at, the deck's
 * gloss and the deck's id as a tag. Entries that no longer resolve are skipped.
 */
export function deckWords(
  deck: { id: string; entries: readonly DeckEntryRef[] },
  sources: ReadonlyMap<string, AnalysisOf & { paragraphs: ReadonlyArray<{ id: string; ar: string }> }>,
  now: number,
): WordRecord[] {
  return deck.entries.flatMap((entry) => {
    const source = sources.get(entry.articleId);
    const paragraph = source?.paragraphs.find((p) => p.id === entry.p)?.ar;
    const resolved = source && resolveDeckEntry(entry, source);
    if (!resolved || paragraph === undefined) return [];
    const word = resolved.kind === 'word' ? wordFromToken(resolved.token, entry.articleId, paragraph, now) : wordFromUnit(resolved.unit, entry.articleId, paragraph, now);
    return [{ ...word, gloss: entry.gloss, tags: [deck.id] }];
  });
}
