import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HighlightRecord } from './annotation';
import {
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  makeBackup,
  BACKUP_MIGRATIONS,
  migrateBackup,
  parseBackup,
  serializeBackup,
  type BackupData,
  type BackupMigration,
} from './backup';
import { mergeData, replaceData } from './backup-merge';
import { backupData, time } from './backup.arbitrary';
import type { LookupRecord } from './lookup-record';
import type { CardRecord } from './srs';

const NOW = Date.UTC(2025, 4, 1, 12);

// Text a reader could really have saved: vocalised Arabic, bidi controls, ALM, tatweel, emoji with
// modifiers and joiners, a BOM, a NUL, a combining accent, and lone surrogates.
const ODD = 'كَتَبَ \u200Fمرحبا\u200E ١٢٣ \u061C ـــ 👩🏽‍💻 🇸🇦 \u2067عربي\u2069 \uFEFF\u0000 e\u0301 \uD800 ﷽ "\\\n';

function highlight(id: string, updatedAt: number, extra: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id,
    articleId: 'a1',
    side: 'ar',
    selector: { paragraphId: 'p1', start: 0, end: 5, quote: 'كَتَبَ', prefix: '\u200F', suffix: ' 😀' },
    colour: 'yellow',
    note: ODD,
    createdAt: 1,
    updatedAt,
    ...extra,
  };
}

function lookup(id: number | undefined, at: number): LookupRecord {
  return { ...(id === undefined ? {} : { id }), form: 'وكتب', lemma: 'كَتَبَ', gloss: 'wrote', articleId: 'a1', paragraphId: 'p1', start: 3, at };
}

function card(id: string, lastReview: number | null): CardRecord {
  return {
    id,
    wordId: 'كَتَبَ',
    direction: 'recall',
    due: 100,
    stability: 1.5,
    difficulty: 5.25,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 'learning',
    lastReview,
  };
}

const sample = (): BackupData => ({
  settings: { theme: 'dark', language: null, textSize: 4 },
  progress: [{ articleId: 'a1', paragraphId: 'p3', furthestIndex: 2, paragraphCount: 10, updatedAt: 5 }],
  lookups: [lookup(1, 10), lookup(2, 11)],
  highlights: [0, 1, 2, 3, 4].map((i) => highlight(`h${i}`, 10 + i)),
  paragraphNotes: [{ id: 'n1', articleId: 'a1', paragraphId: 'p2', note: ODD, createdAt: 1, updatedAt: 2 }],
  words: [
    {
      id: 'كَتَبَ',
      kind: 'word',
      lemma: 'كَتَبَ',
      root: 'ك ت ب',
      pos: 'verb',
      gloss: 'to write',
      note: ODD,
      status: 'learning2',
      contexts: [{ articleId: 'a1', paragraphId: 'p1', sentence: 'وكتب الرئيس.', start: 0, end: 4 }],
      articleIds: ['a1'],
      tags: ['politics', 'سياسة'],
      addedAt: 1,
      updatedAt: 2,
    },
  ],
  cards: [card('كَتَبَ|recall', 50)],
  reviews: [
    {
      id: 'r1',
      cardId: 'كَتَبَ|recall',
      wordId: 'كَتَبَ',
      direction: 'recall',
      grade: 'good',
      at: 50,
      stateBefore: 'new',
      dueBefore: 40,
      dueAfter: 100,
      stability: 1.5,
      difficulty: 5.25,
      elapsedDays: 0,
      scheduledDays: 1,
    },
  ],
  importedArticles: [
    {
      id: 'imported-a1',
      title: { ar: ODD, en: ODD },
      summary: '',
      tags: [],
      date: null,
      source: null,
      wordCount: 3,
      paragraphCount: 1,
      paragraphs: [{ id: 'p1', ar: 'قالت الوزارة إن', en: '' }],
      importedAt: 1,
      updatedAt: 2,
    },
  ],
});

/** The sample file as parsed JSON, to damage one field at a time. */
type RawFile = Record<string, unknown> & { data: Record<'highlights' | 'words' | 'cards' | 'reviews', unknown[]> & Record<string, unknown> };
const rawSample = (): RawFile => JSON.parse(serializeBackup(makeBackup(sample(), 4, NOW)));

describe('parseBackup refuses what it cannot restore', () => {
  it('text that is not JSON', () => {
    expect(parseBackup('{"app": "qiraa",')).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(parseBackup('')).toEqual({ ok: false, error: { kind: 'not-json' } });
  });

  it('JSON that is not a Qiraa backup (including the annotations export)', () => {
    for (const text of ['null', '[1, 2]', '"qiraa"', '{"app": "other", "formatVersion": 1}', '{"type": "qiraa-annotations", "version": 1}']) {
      expect(parseBackup(text)).toEqual({ ok: false, error: { kind: 'not-qiraa' } });
    }
  });

  it('a file from a newer format version', () => {
    const raw = { ...rawSample(), formatVersion: BACKUP_FORMAT_VERSION + 1 };
    expect(parseBackup(JSON.stringify(raw))).toEqual({ ok: false, error: { kind: 'newer-version', formatVersion: BACKUP_FORMAT_VERSION + 1 } });
  });

  it('names the collection and item at fault: item 3 of highlights', () => {
    const raw = rawSample();
    (raw.data.highlights[3] as HighlightRecord).selector.start = '0' as unknown as number;
    const result = parseBackup(JSON.stringify(raw));
    expect(result).toMatchObject({ ok: false, error: { kind: 'malformed', collection: 'highlights', index: 3 } });
    expect(!result.ok && result.error.kind === 'malformed' && result.error.detail).toMatch(/^selector\.start: /);
  });

  it('an unknown field, a bad enum value or a duplicate key is malformed too', () => {
    const extra = rawSample();
    (extra.data.words[0] as Record<string, unknown>).colour = 'red';
    expect(parseBackup(JSON.stringify(extra))).toMatchObject({ ok: false, error: { kind: 'malformed', collection: 'words', index: 0 } });

    const badSetting = rawSample();
    (badSetting.data.settings as Record<string, unknown>).theme = 'purple';
    expect(parseBackup(JSON.stringify(badSetting))).toMatchObject({ ok: false, error: { kind: 'malformed', collection: 'settings', index: null } });

    const duplicate = rawSample();
    duplicate.data.highlights[4] = duplicate.data.highlights[1];
    expect(parseBackup(JSON.stringify(duplicate))).toMatchObject({ ok: false, error: { kind: 'malformed', collection: 'highlights', index: 4, detail: 'duplicate key' } });

    const noData = rawSample();
    delete (noData as Record<string, unknown>).data;
    expect(parseBackup(JSON.stringify(noData))).toMatchObject({ ok: false, error: { kind: 'malformed', collection: 'file', index: null } });
  });

  it('a file over 50 MB, before parsing it (bytes counted as UTF-8)', () => {
    expect(parseBackup('a'.repeat(MAX_BACKUP_BYTES + 1))).toEqual({ ok: false, error: { kind: 'too-large', bytes: MAX_BACKUP_BYTES + 1 } });
    // Two bytes per Arabic letter: fewer characters than the limit, more bytes.
    const arabic = parseBackup('ب'.repeat(MAX_BACKUP_BYTES / 2 + 1));
    expect(arabic).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });
});

describe('a valid backup', () => {
  it('round-trips exactly, with counts of each kind', () => {
    const backup = makeBackup(sample(), 4, NOW);
    expect(backup).toMatchObject({ app: 'qiraa', formatVersion: 2, schemaVersion: 4, exportedAt: '2025-05-01T12:00:00.000Z' });
    const result = parseBackup(serializeBackup(backup));
    expect(result).toEqual({
      ok: true,
      backup,
      counts: { settings: 3, progress: 1, lookups: 2, highlights: 5, paragraphNotes: 1, words: 1, cards: 1, reviews: 1, importedArticles: 1 },
    });
  });

  it('tolerates a byte-order mark before the JSON', () => {
    expect(parseBackup(`\uFEFF${serializeBackup(makeBackup(sample(), 4, NOW))}`).ok).toBe(true);
  });
});

describe('format migrations', () => {
  it('step one version at a time, in order, without touching the input', () => {
    const seen: number[] = [];
    const steps: BackupMigration[] = [
      // Listed out of order: the runner chooses by `from`.
      { from: 2, to: 3, changelog: 'three', migrate: (raw) => (seen.push(raw.formatVersion as number), { ...raw, three: true }) },
      { from: 1, to: 2, changelog: 'two', migrate: (raw) => (seen.push(raw.formatVersion as number), { ...raw, two: true }) },
    ];
    const input = Object.freeze({ formatVersion: 1 });
    expect(migrateBackup(input, 1, 3, steps)).toEqual({ formatVersion: 3, two: true, three: true });
    expect(seen).toEqual([1, 2]);
    expect(migrateBackup({ formatVersion: 3 }, 3, 3, steps)).toEqual({ formatVersion: 3 });
    expect(migrateBackup({ formatVersion: 0 }, 0, 3, steps)).toBeNull();
  });

  it('bring an old file up to date before it is validated', () => {
    // A pretend format 0, before review cards existed.
    const v0to1: BackupMigration = {
      from: 0,
      to: 1,
      changelog: 'Review cards and the review log.',
      migrate: (raw) => ({ ...raw, data: { ...(raw.data as object), cards: [], reviews: [] } }),
    };
    const raw = rawSample();
    const { cards: _c, reviews: _r, importedArticles: _i, ...oldData } = raw.data;
    const old = JSON.stringify({ ...raw, formatVersion: 0, data: oldData });
    expect(parseBackup(old)).toMatchObject({ ok: false, error: { kind: 'malformed', collection: 'file' } });
    const result = parseBackup(old, [v0to1, ...BACKUP_MIGRATIONS]);
    expect(result.ok && result.backup.formatVersion).toBe(2);
    expect(result.ok && result.backup.data).toEqual({ ...sample(), cards: [], reviews: [], importedArticles: [] });
  });

  it('1 → 2: a file written before imported articles were backed up restores with none', () => {
    const raw = rawSample();
    const { importedArticles: _i, ...v1Data } = raw.data;
    const result = parseBackup(JSON.stringify({ ...raw, formatVersion: 1, data: v1Data }));
    expect(result).toMatchObject({ ok: true, backup: { formatVersion: 2 } });
    expect(result.ok && result.backup.data).toEqual({ ...sample(), importedArticles: [] });
    expect(result.ok && result.counts.importedArticles).toBe(0);
  });
});

describe('mergeData', () => {
  it('keeps the newer edit of each record and deletes nothing', () => {
    const current: BackupData = {
      ...sample(),
      settings: { theme: 'dark' },
      highlights: [highlight('same', 10, { note: 'older' }), highlight('mine-newer', 30, { note: 'mine' }), highlight('only-here', 1)],
      lookups: [lookup(1, 10)],
      cards: [card('c1', null), card('c2', 90)],
    };
    const incoming: BackupData = {
      ...sample(),
      settings: { theme: 'light', layout: 'study' },
      highlights: [highlight('same', 20, { note: 'newer' }), highlight('mine-newer', 25, { note: 'theirs' }), highlight('only-there', 1)],
      // Same id as the device's, but a different lookup; and the device's own lookup again under another id.
      lookups: [lookup(1, 99), lookup(7, 10)],
      cards: [card('c1', 40), card('c2', 80)],
    };
    const before = structuredClone([current, incoming]);
    const merged = mergeData(current, incoming);

    expect(merged.highlights.map((h) => [h.id, h.note])).toEqual([
      ['same', 'newer'],
      ['mine-newer', 'mine'],
      ['only-here', ODD],
      ['only-there', ODD],
    ]);
    expect(merged.lookups).toEqual([lookup(1, 10), lookup(undefined, 99)]);
    expect(merged.cards.map((c) => c.lastReview)).toEqual([40, 90]);
    expect(merged.settings).toEqual({ theme: 'dark', layout: 'study' });
    expect([current, incoming]).toEqual(before);
  });

  it('replaceData is the incoming data', () => {
    const incoming = sample();
    expect(replaceData(incoming)).toEqual(sample());
  });
});

describe('properties', () => {
  it('any user data survives makeBackup → serializeBackup → parseBackup exactly', () => {
    fc.assert(
      fc.property(backupData, fc.integer({ min: 1, max: 100 }), time, (d, schemaVersion, now) => {
        const backup = makeBackup(d, schemaVersion, now);
        const result = parseBackup(serializeBackup(backup));
        expect(result.ok && result.backup).toEqual(backup);
      }),
      { numRuns: 200 },
    );
  });

  it('merging data with itself changes nothing', () => {
    fc.assert(
      fc.property(backupData, (d) => {
        expect(mergeData(d, structuredClone(d))).toEqual(d);
      }),
      { numRuns: 200 },
    );
  });
});
