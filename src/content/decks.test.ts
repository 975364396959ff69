import { describe, expect, it } from 'vitest';
import { analysisSchema, type Analysis } from '../domain/analysis';
import { articleSchema, type Article } from '../domain/article';
import { checkDeck, deckSchema, resolveDeckEntry, type Deck, type DeckEntry } from '../domain/deck';
import { deckWords, tokenKey, unitKey, wordFromToken, wordFromUnit } from '../domain/vocab';
import callArticleJson from './articles/assad-xi-phone-call.json';
import callAnalysisJson from './articles/assad-xi-phone-call.analysis.json';
import hangzhouArticleJson from './articles/xi-receives-assad-in-hangzhou.json';
import hangzhouAnalysisJson from './articles/xi-receives-assad-in-hangzhou.analysis.json';
import politicalJson from './decks/political.json';

const articles = new Map<string, Article>(
  [hangzhouArticleJson, callArticleJson].map((json) => {
    const article = articleSchema.parse(json);
    return [article.id, article];
  }),
);
const analyses = new Map<string, Analysis>(
  [hangzhouAnalysisJson, callAnalysisJson].map((json) => {
    const analysis = analysisSchema.parse(json);
    return [analysis.articleId, analysis];
  }),
);
const deck: Deck = deckSchema.parse(politicalJson);

/** Every deck file in src/content/decks, by file name. */
const deckFiles = import.meta.glob<unknown>('./decks/*.json', { eager: true, import: 'default' });

const FUNCTION_WORDS = new Set(['preposition', 'pronoun', 'conjunction', 'particle', 'relative pronoun', 'demonstrative']);

const label = (e: DeckEntry) => `${e.kind} ${e.articleId} ${e.p}@${e.start}-${e.end}`;
const paragraph = (e: DeckEntry) => articles.get(e.articleId)?.paragraphs.find((p) => p.id === e.p)?.ar;

describe('vocabulary decks', () => {
  it('every deck file parses, is named after its id and resolves against the analyses', () => {
    const names = Object.keys(deckFiles);
    expect(names).toContain('./decks/political.json');
    for (const [file, json] of Object.entries(deckFiles)) {
      const parsed = deckSchema.parse(json);
      expect(file).toBe(`./decks/${parsed.id}.json`);
      expect(checkDeck(parsed, analyses)).toEqual([]);
    }
  });
});

describe('the political-vocabulary deck', () => {
  it('parses with the deck schema', () => {
    const result = deckSchema.safeParse(politicalJson);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(deck.id).toBe('political');
  });

  it('has at least 60 entries and draws on both bundled articles', () => {
    expect(deck.entries.length).toBeGreaterThanOrEqual(60);
    const cited = new Set(deck.entries.map((e) => e.articleId));
    expect([...cited].sort()).toEqual([...analyses.keys()].sort());
    for (const id of analyses.keys()) {
      expect(deck.entries.filter((e) => e.articleId === id).length, id).toBeGreaterThanOrEqual(20);
    }
  });

  it('points every word entry at a token and every unit entry at a unit, offsets exact', () => {
    for (const entry of deck.entries) {
      const analysis = analyses.get(entry.articleId);
      expect(analysis, label(entry)).toBeDefined();
      const text = paragraph(entry);
      expect(text, label(entry)).toBeDefined();
      if (entry.kind === 'word') {
        const token = analysis!.tokens.find((t) => t.p === entry.p && t.start === entry.start && t.end === entry.end);
        expect(token, label(entry)).toBeDefined();
        expect(text!.slice(entry.start, entry.end)).toBe(token!.form);
      } else {
        const unit = analysis!.units.find((u) => u.p === entry.p && u.start === entry.start && u.end === entry.end);
        expect(unit, label(entry)).toBeDefined();
        expect(text!.slice(entry.start, entry.end)).toBe(unit!.text);
      }
    }
    expect(checkDeck(deck, analyses)).toEqual([]);
  });

  it('lists each lemma and each unit once', () => {
    const keys = deck.entries.map((entry) => {
      const resolved = resolveDeckEntry(entry, analyses.get(entry.articleId)!);
      expect(resolved, label(entry)).toBeDefined();
      return resolved!.kind === 'word' ? tokenKey(resolved!.token) : unitKey(resolved!.unit.text);
    });
    const repeated = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(repeated).toEqual([]);
  });

  it('skips function words and gives every card a gloss', () => {
    for (const entry of deck.entries) {
      expect(entry.gloss.trim(), label(entry)).not.toBe('');
      const resolved = resolveDeckEntry(entry, analyses.get(entry.articleId)!)!;
      if (resolved.kind === 'word') expect(FUNCTION_WORDS.has(resolved.token.pos), label(entry)).toBe(false);
    }
  });

  it('builds saved words whose context sentence holds the entry', () => {
    for (const entry of deck.entries) {
      const resolved = resolveDeckEntry(entry, analyses.get(entry.articleId)!)!;
      const text = paragraph(entry)!;
      const record =
        resolved.kind === 'word'
          ? wordFromToken(resolved.token, entry.articleId, text, 0)
          : wordFromUnit(resolved.unit, entry.articleId, text, 0);
      expect(record.id).toBe(resolved.key);
      const [context] = record.contexts;
      expect(context!.sentence.slice(context!.start, context!.end)).toBe(text.slice(entry.start, entry.end));
    }
  });

  describe('catches a corrupted copy', () => {
    const copy = (): Deck => structuredClone(deck);

    it('a second entry for a lemma already in the deck', () => {
      // A word of the deck whose lemma occurs again elsewhere in its article, and that other occurrence.
      const [first, other] = deck.entries
        .filter((e) => e.kind === 'word')
        .map((e) => {
          const key = tokenKey(resolveToken(e));
          const again = analyses.get(e.articleId)!.tokens.find((t) => tokenKey(t) === key && (t.p !== e.p || t.start !== e.start));
          return [e, again] as const;
        })
        .find(([, again]) => again !== undefined)!;
      const key = tokenKey(resolveToken(first));
      const corrupted = copy();
      corrupted.entries.push({ ...first, p: other!.p, start: other!.start, end: other!.end });
      expect(checkDeck(corrupted, analyses)).toEqual([expect.stringContaining(`duplicate key ${key}`)]);
    });

    it('a second entry for a unit text already in the deck', () => {
      const first = deck.entries.find((e) => e.kind === 'unit' && unitKey(resolveUnit(e).text) === 'unit:العلاقات الثنائية')!;
      expect(first).toBeDefined();
      const unit = resolveUnit(first);
      const other = analyses
        .get(first.articleId)!
        .units.find((u) => u.text === unit.text && (u.p !== first.p || u.start !== first.start))!;
      const corrupted = copy();
      corrupted.entries.push({ ...first, p: other.p, start: other.start, end: other.end });
      expect(checkDeck(corrupted, analyses)).toEqual([expect.stringContaining('duplicate key unit:العلاقات الثنائية')]);
    });

    it('offsets that are off by one', () => {
      const corrupted = copy();
      const word = corrupted.entries.findIndex((e) => e.kind === 'word');
      const unit = corrupted.entries.findIndex((e) => e.kind === 'unit');
      corrupted.entries[word]!.end += 1;
      corrupted.entries[unit]!.start -= 1;
      const problems = checkDeck(corrupted, analyses);
      expect(problems).toHaveLength(2);
      expect(problems.find((m) => m.startsWith(`entry ${word} `))).toContain('matches no token');
      expect(problems.find((m) => m.startsWith(`entry ${unit} `))).toContain('matches no unit');
    });

    it('a word entry that points at a unit, and an unknown article', () => {
      const corrupted = copy();
      const word = corrupted.entries.findIndex((e) => e.kind === 'word');
      const unit = corrupted.entries.findIndex((e) => e.kind === 'unit');
      corrupted.entries[word]!.articleId = 'no-such-article';
      corrupted.entries[unit]!.kind = 'word';
      const problems = checkDeck(corrupted, analyses);
      expect(problems).toHaveLength(2);
      expect(problems.find((m) => m.startsWith(`entry ${word} `))).toContain('no analysis for this article');
      expect(problems.find((m) => m.startsWith(`entry ${unit} `))).toContain('matches no token');
    });

    it('schema violations: empty gloss, unknown topic, extra field, end before start', () => {
      const parses = (mutate: (e: Record<string, unknown>) => void) => {
        const json = structuredClone(politicalJson) as { entries: Record<string, unknown>[] };
        mutate(json.entries[0]!);
        return deckSchema.safeParse(json).success;
      };
      expect(parses(() => {})).toBe(true);
      expect(parses((e) => (e.gloss = '  '))).toBe(false);
      expect(parses((e) => (e.topic = 'sport'))).toBe(false);
      expect(parses((e) => (e.lemma = 'x'))).toBe(false);
      expect(parses((e) => (e.end = e.start))).toBe(false);
    });
  });
});

/** The token a word entry points at (the test fails if there is none). */
function resolveToken(entry: DeckEntry) {
  const resolved = resolveDeckEntry(entry, analyses.get(entry.articleId)!);
  if (resolved?.kind !== 'word') throw new Error(`${label(entry)} is not a token`);
  return resolved.token;
}

/** The unit a unit entry points at (the test fails if there is none). */
function resolveUnit(entry: DeckEntry) {
  const resolved = resolveDeckEntry(entry, analyses.get(entry.articleId)!);
  if (resolved?.kind !== 'unit') throw new Error(`${label(entry)} is not a unit`);
  return resolved.unit;
}

describe('adding the political deck', () => {
  it('gives one saved word per entry, with the deck gloss, its tag and a context sentence holding the entry', () => {
    const sources = new Map([...articles].map(([id, a]) => [id, { ...analyses.get(id)!, paragraphs: a.paragraphs }]));
    const words = deckWords(deck, sources, 42);
    expect(words).toHaveLength(deck.entries.length);
    expect(new Set(words.map((w) => w.id)).size).toBe(words.length);
    words.forEach((w, i) => {
      expect(w).toMatchObject({ gloss: deck.entries[i]!.gloss, tags: [deck.id], status: 'new', addedAt: 42 });
      const c = w.contexts[0]!;
      expect(c.sentence.slice(c.start, c.end)).toBe(articles.get(c.articleId)!.paragraphs.find((p) => p.id === c.paragraphId)!.ar.slice(deck.entries[i]!.start, deck.entries[i]!.end));
    });
  });
});
