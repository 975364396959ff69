import { describe, expect, it } from 'vitest';
import { CSV_BOM, EXPORT_COLUMNS, exportTags, markContext, toAnkiTsv, toCsv } from './anki';
import type { WordRecord } from './vocab';

const SENTENCE = 'وقّعت الشركةُ الصينية اتفاقًا مع دمشق.';
const FORM = 'الشركةُ';

function word(overrides: Partial<WordRecord> = {}): WordRecord {
  const start = SENTENCE.indexOf(FORM);
  return {
    id: 'شَرِكَة',
    kind: 'word',
    lemma: 'شَرِكَة',
    root: 'شرك',
    pos: 'noun',
    gloss: 'company',
    note: '',
    status: 'learning2',
    contexts: [{ articleId: 'a1', paragraphId: 'p3', sentence: SENTENCE, start, end: start + FORM.length }],
    articleIds: ['a1'],
    tags: [],
    addedAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

const titles: Record<string, string> = { a1: 'Chinese firm signs a deal', a2: 'Q&A: <Syria> & "China"' };
const titleOf = (id: string) => titles[id] ?? id;

/** The data rows of a TSV export (header lines dropped), split into fields. */
const tsvRows = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#separator') && !line.startsWith('#html') && !line.startsWith('#columns') && !line.startsWith('#tags') && !line.startsWith('#guid'))
    .map((line) => line.split('\t'));

describe('Anki export', () => {
  it('opens with the header lines Anki reads, and no byte-order mark', () => {
    const lines = toAnkiTsv([], titleOf).split('\n');
    expect(lines).toEqual([
      '#separator:tab',
      '#html:true',
      '#columns:Arabic\tVocalised\tTransliteration\tEnglish\tContext\tArticle\tTags\tGUID',
      '#tags column:7',
      '#guid column:8',
      '',
    ]);
  });

  it('writes one full row per word in column order', () => {
    const text = toAnkiTsv([word()], titleOf);
    expect(text.split('\n').at(-2)).toBe(
      [
        'شركة',
        'شَرِكَة',
        'šarika',
        'company',
        'وقّعت <b>الشركةُ</b> الصينية اتفاقًا مع دمشق.',
        'Chinese firm signs a deal',
        'qiraa status_learning2 pos_noun root_شرك',
        'qiraa:شَرِكَة',
      ].join('\t'),
    );
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps every row on one line with the right number of fields, whatever the fields hold', () => {
    const tricky = word({ gloss: 'firm,\tcompany\nbusiness\r\nenterprise', note: 'x' });
    const rows = tsvRows(toAnkiTsv([tricky, word({ id: 'b' })], titleOf));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.length)).toEqual([EXPORT_COLUMNS.length, EXPORT_COLUMNS.length]);
    expect(rows[0]![3]).toBe('firm, company<br>business<br>enterprise');
  });

  it('escapes &, <, > and " in every field but keeps its own <b> mark', () => {
    const w = word({
      gloss: 'a <b>bold</b> & "quoted" claim',
      contexts: [{ articleId: 'a2', paragraphId: 'p1', sentence: 'قال <الوزير> & رحل', start: 5, end: 11 }],
    });
    const [row] = tsvRows(toAnkiTsv([w], titleOf));
    expect(row![3]).toBe('a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim');
    expect(row![4]).toBe('قال &lt;<b>الوزير</b>&gt; &amp; رحل');
    expect(row![5]).toBe('Q&amp;A: &lt;Syria&gt; &amp; &quot;China&quot;');
  });

  it('never starts a row with # (an Anki comment)', () => {
    const w = word({ id: 'unit:#MeToo', kind: 'unit', lemma: '#MeToo', root: null, pos: 'term' });
    const [row] = tsvRows(toAnkiTsv([w], titleOf));
    expect(row![0]).toBe('&#35;MeToo');
    expect(row![1]).toBe('#MeToo');
  });

  it('makes tags without spaces: status, part of speech, root and the learner’s own', () => {
    expect(exportTags(word({ pos: 'proper noun', status: 'known', root: null, tags: ['political deck', 'deck'] }))).toEqual([
      'qiraa',
      'status_known',
      'pos_proper_noun',
      'political_deck',
      'deck',
    ]);
  });

  it('leaves the context unmarked when the word has none', () => {
    const [row] = tsvRows(toAnkiTsv([word({ contexts: [], articleIds: [] })], titleOf));
    expect(row!.slice(4, 6)).toEqual(['', '']);
  });

  it('keeps Arabic text byte for byte (no normalisation, marks and shadda order kept)', () => {
    // Shadda before fatha (not NFC order), a dagger alif and a tatweel, as stored.
    const lemma = '\u0647\u0670\u0630\u064E\u0627'; // هٰذَا
    const sentence = `\u0648\u064E\u0642\u0651\u064E\u0639\u064E ${lemma} \u0627\u0644\u0640\u0648\u0632\u064A\u0631`; // وَقَّعَ هٰذَا الـوزير
    expect(sentence.normalize('NFC')).not.toBe(sentence);
    const start = sentence.indexOf(lemma);
    const w = word({ id: lemma, lemma, contexts: [{ articleId: 'a1', paragraphId: 'p1', sentence, start, end: start + lemma.length }] });
    const encoder = new TextEncoder();
    const [row] = tsvRows(toAnkiTsv([w], titleOf));
    expect(encoder.encode(row![1])).toEqual(encoder.encode(lemma));
    expect(row![4]!.replace(/<\/?b>/gu, '')).toBe(sentence);
    expect(row![0]).toBe('هذا');
  });
});

describe('marking the word in its sentence', () => {
  it('marks exactly the stored span when the sentence is vocalised', () => {
    const sentence = 'اِسْتَقْبَلَ الرَّئِيسُ الصِّينِيُّ نَظِيرَهُ السُّورِيَّ.';
    const form = 'الصِّينِيُّ';
    const start = sentence.indexOf(form);
    expect(markContext({ sentence, start, end: start + form.length })).toEqual({
      before: 'اِسْتَقْبَلَ الرَّئِيسُ ',
      word: form,
      after: ' نَظِيرَهُ السُّورِيَّ.',
    });
  });

  it('widens a span that stops inside a word (before its last marks, or after a clitic) to the whole word', () => {
    const sentence = 'اِسْتَقْبَلَ الرَّئِيسُ الصِّينِيُّ نَظِيرَهُ.';
    const form = 'الصِّينِيُّ';
    const start = sentence.indexOf(form);
    // End before the final shadda and damma; start after the article.
    expect(markContext({ sentence, start: start + 2, end: start + form.length - 2 }).word).toBe(form);
  });

  it('clamps offsets out of range and leaves an empty span unmarked', () => {
    expect(markContext({ sentence: 'مرحبا', start: 3, end: 3 })).toEqual({ before: 'مرحبا', word: '', after: '' });
    expect(markContext({ sentence: 'قال الوزير', start: 4, end: 99 })).toEqual({ before: 'قال ', word: 'الوزير', after: '' });
  });
});

describe('CSV export', () => {
  it('starts with a byte-order mark and a header row, and ends lines with CRLF', () => {
    expect(toCsv([], titleOf)).toBe(`${CSV_BOM}Arabic,Vocalised,Transliteration,English,Context,Article,Tags,GUID\r\n`);
  });

  it('writes a full row with the word marked by [ ] and no HTML', () => {
    const lines = toCsv([word({ gloss: 'company & <firm>' })], titleOf).split('\r\n');
    expect(lines[1]).toBe(
      'شركة,شَرِكَة,šarika,company & <firm>,وقّعت [الشركةُ] الصينية اتفاقًا مع دمشق.,Chinese firm signs a deal,qiraa status_learning2 pos_noun root_شرك,qiraa:شَرِكَة',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('quotes fields holding quotes, commas or line breaks, and doubles inner quotes', () => {
    const lines = toCsv([word({ gloss: 'firm, "company"\nbusiness' })], titleOf).split('\r\n');
    expect(lines[1]).toContain(',"firm, ""company""\nbusiness",');
    const title = toCsv([word({ contexts: [{ ...word().contexts[0]!, articleId: 'a2' }] })], titleOf).split('\r\n')[1];
    expect(title).toContain(',"Q&A: <Syria> & ""China""",');
  });

  it('guards against formula injection: = + - @ at the start get a leading apostrophe', () => {
    const row = (gloss: string) => toCsv([word({ gloss })], titleOf).split('\r\n')[1]!.split(',')[3];
    expect(row('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(row('+1')).toBe("'+1");
    expect(row('-ish')).toBe("'-ish");
    expect(row('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(row('a=b')).toBe('a=b');
  });

  it('keeps Arabic text byte for byte', () => {
    const lemma = 'إِعَادَة الإِعْمَار';
    const csv = toCsv([word({ id: `unit:${lemma}`, kind: 'unit', lemma, pos: 'term', root: null })], titleOf);
    const encoder = new TextEncoder();
    const field = csv.split('\r\n')[1]!.split(',')[1]!;
    expect(encoder.encode(field)).toEqual(encoder.encode(lemma));
    expect(encoder.encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
