/**
 * Filtering, searching and sorting of My words, fast enough for 20,000 words: the page runs these on
 * every keystroke and after every write (the live query hands back fresh records each time).
 *
 * Search means exactly `matchesWord` from domain/vocab (diacritic- and hamza-insensitive Arabic,
 * case-insensitive English) — with each word's searchable text folded once and kept until the word
 * changes, so that a query is one `includes` per word. The test pins this to the domain function.
 */
import { stripMarks } from '../../domain/arabic/chars';
import { foldForSearch } from '../../domain/arabic/normalize';
import { WORD_STATUSES, type WordRecord, type WordStatus } from '../../domain/vocab';

export const SORT_KEYS = ['newest', 'oldest', 'alphabetical', 'status', 'root'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A status, 'learning' for any of the four learning levels, or '' for all. */
export type StatusFilter = WordStatus | 'learning' | '';

export interface WordFilters {
  query: string;
  status: StatusFilter;
  articleId: string;
  /** A root as typed or clicked (spaces and hamza seats do not matter); '' for all. */
  root: string;
  pos: string;
}

export const NO_FILTERS: WordFilters = { query: '', status: '', articleId: '', root: '', pos: '' };

export const hasFilters = (f: WordFilters) => Object.values(f).some((v) => v !== '');

/** The texts `matchesWord` searches, in its order. */
const searchedTexts = (w: WordRecord) => [w.lemma, w.gloss, w.note, ...w.contexts.map((c) => c.sentence)];

/**
 * Each word's folded searchable text, kept per word until its `updatedAt` changes. The texts are
 * joined by a line break, which no folded text or query contains (white space folds to one space), so
 * a match never spans two texts.
 */
export class SearchIndex {
  private cache = new Map<string, { updatedAt: number; text: string }>();

  textOf(word: WordRecord): string {
    const hit = this.cache.get(word.id);
    if (hit && hit.updatedAt === word.updatedAt) return hit.text;
    const text = searchedTexts(word).map(foldForSearch).join('\n');
    this.cache.set(word.id, { updatedAt: word.updatedAt, text });
    return text;
  }

  /** Folds words from `from` on until `deadline` (a performance.now() time); returns where it stopped. */
  warm(words: readonly WordRecord[], from: number, deadline: number): number {
    let i = from;
    for (; i < words.length && (i % 64 !== 0 || performance.now() < deadline); i++) this.textOf(words[i]!);
    return i;
  }
}

const HAMZA_SEATS: Readonly<Record<string, string>> = { 'أ': 'ء', 'إ': 'ء', 'آ': 'ء', 'ؤ': 'ء', 'ئ': 'ء', 'ى': 'ي' };

/**
 * A root for comparison: letters only (no spaces, marks or tatweel), every hamza seat as ء (roots are
 * stored so: رءس) and ى as ي. "ر أ س", "رأس" and "رءس" are the same root.
 */
export function rootKey(root: string): string {
  return stripMarks(root)
    .replace(/\s+/gu, '')
    .replace(/[أإآؤئى]/gu, (ch) => HAMZA_SEATS[ch]!);
}

/** A root written with spaces between its letters, as dictionaries print it: ك ت ب. */
export const spacedRoot = (root: string) => [...rootKey(root)].join(' ');

const LEARNING: ReadonlySet<WordStatus> = new Set(['learning1', 'learning2', 'learning3', 'learning4']);

/** The words that pass every filter, in their given order. */
export function filterWords(words: readonly WordRecord[], f: WordFilters, index: SearchIndex): WordRecord[] {
  const needle = foldForSearch(f.query);
  const root = rootKey(f.root);
  return words.filter(
    (w) =>
      (f.status === '' || (f.status === 'learning' ? LEARNING.has(w.status) : w.status === f.status)) &&
      (f.pos === '' || w.pos === f.pos) &&
      (root === '' || (w.root !== null && rootKey(w.root) === root)) &&
      (f.articleId === '' || w.articleIds.includes(f.articleId)) &&
      (needle === '' || index.textOf(w).includes(needle)),
  );
}

const STATUS_ORDER = new Map(WORD_STATUSES.map((s, i) => [s, i]));

/** A new array of `words` in the chosen order; ties fall back to the newest first. */
export function sortWords(words: readonly WordRecord[], key: SortKey, collator: Intl.Collator): WordRecord[] {
  const newest = (a: WordRecord, b: WordRecord) => b.addedAt - a.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const compare: Record<SortKey, (a: WordRecord, b: WordRecord) => number> = {
    newest,
    oldest: (a, b) => -newest(a, b),
    alphabetical: (a, b) => collator.compare(a.lemma, b.lemma) || newest(a, b),
    status: (a, b) => STATUS_ORDER.get(a.status)! - STATUS_ORDER.get(b.status)! || newest(a, b),
    // Words without a root come last.
    root: (a, b) =>
      (a.root === null ? 1 : 0) - (b.root === null ? 1 : 0) || collator.compare(a.root ?? '', b.root ?? '') || collator.compare(a.lemma, b.lemma) || newest(a, b),
  };
  return [...words].sort(compare[key]);
}

/** The roots, parts of speech and articles that occur among the words (for the filter menus). */
export function facetsOf(words: readonly WordRecord[], collator: Intl.Collator) {
  const roots = new Set<string>();
  const pos = new Set<string>();
  const articleIds = new Set<string>();
  for (const w of words) {
    if (w.root) roots.add(w.root);
    pos.add(w.pos);
    for (const id of w.articleIds) articleIds.add(id);
  }
  return { roots: [...roots].sort(collator.compare), pos: [...pos], articleIds };
}

/** How many saved words come from `root` (the size of the root family in My words). */
export function rootFamilySize(words: readonly WordRecord[], root: string): number {
  const key = rootKey(root);
  let n = 0;
  for (const w of words) if (w.root !== null && rootKey(w.root) === key) n++;
  return n;
}
