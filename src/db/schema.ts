/**
 * The IndexedDB schema as a declared, append-only list of versions. Each later issue adds a version;
 * an entry is never edited once released, and each upgrade step is tested against a real database
 * written by the version before it.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store definitions added or changed in this version. */
  stores: Record<string, string | null>;
  /** What changed and why. */
  changelog: string;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { settings: 'key', progress: 'articleId, updatedAt' },
    changelog: 'Settings (one row per key) and reading progress per article.',
  },
  {
    version: 2,
    stores: { lookups: '++id, at, articleId, lemma' },
    changelog: 'Lookups: every word the reader looks up (form, lemma, gloss, article, paragraph, offset, time).',
  },
  {
    version: 3,
    stores: { highlights: 'id, articleId, updatedAt, colour', paragraphNotes: 'id, articleId, updatedAt' },
    changelog: 'Highlights (selector: paragraph, offsets, quote with context; colour; note) and paragraph notes.',
  },
  {
    version: 4,
    stores: {
      words: 'id, status, root, pos, *articleIds, *tags, addedAt, updatedAt',
      cards: 'id, wordId, due',
      reviews: 'id, cardId, wordId, at',
    },
    changelog: 'My words (one per lemma, with status, contexts, gloss, note), their review cards (FSRS state) and the review log.',
  },
  {
    version: 5,
    stores: { meta: 'key' },
    changelog: "This device's bookkeeping, never backed up: when the last backup was made, when its reminder was put off.",
  },
  {
    version: 6,
    stores: { importedArticles: 'id, importedAt' },
    changelog: 'Articles the reader imported (pasted or opened from a file): the bundled-article shape plus import and edit times.',
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS.at(-1)!.version;
