/**
 * Exports of My words for use elsewhere: a tab-separated file that Anki (2.1.55+) imports with its
 * settings written in the file's own header lines, and an RFC 4180 CSV for spreadsheets. Both have the
 * same columns (EXPORT_COLUMNS), one row per word, in the order given. Pure: the caller supplies the
 * article titles and turns the text into a file.
 *
 * Choices made:
 * - The context is the word's newest sentence, with the word marked (`<b>` in Anki, `[ ]` in the CSV).
 *   The mark is snapped outwards to whole Arabic words, so that it never splits a word and breaks its
 *   letter joining (ARABIC.md), even if stored offsets fall inside one.
 * - Anki: `#html:true`, so every field is HTML-escaped (& < > and "), line breaks become `<br>` and a
 *   tab becomes a space: a row is always one line. A row-opening `#` is written `&#35;`, since Anki reads
 *   lines starting with # as comments. The tags column is read by Anki as plain space-separated tags
 *   (never as HTML), so it is not escaped; each tag has its white space replaced by `_`.
 * - Anki: the last column is a GUID (`qiraa:` + the word's id). Anki then recognises a word it imported
 *   before and updates that note when the file is imported again, and homographs (كَتَبَ / كُتُب share
 *   the unvocalised first field) are never merged into one note.
 * - No byte-order mark in the Anki file: Anki would not recognise a `#separator` line behind one.
 * - CSV: a UTF-8 byte-order mark IS written, because Excel reads a CSV without one in the system's
 *   legacy code page and garbles Arabic; LibreOffice, Google Sheets and Python's `utf-8-sig` all skip it.
 *   CRLF line ends, a header row, fields quoted when they hold `"` `,` CR or LF. A field starting with
 *   = + - @ (or a tab or CR) gets a leading ' so that a spreadsheet shows it as text instead of running
 *   it as a formula.
 */
import { stripMarks } from './arabic/chars';
import { transliterate } from './arabic/transliterate';
import type { WordContext, WordRecord } from './vocab';

/** The columns of both exports, in order. */
export const EXPORT_COLUMNS = ['Arabic', 'Vocalised', 'Transliteration', 'English', 'Context', 'Article', 'Tags', 'GUID'] as const;

/** The tag every exported word carries, to find Qiraa's notes in Anki. */
export const EXPORT_TAG = 'qiraa';

/** A character that belongs to an Arabic word: letters, tatweel, harakat, dagger alif (see chars.ts). */
const WORD_CHAR = /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3]/u;

/** A context sentence cut around its word: `before + word + after` is the sentence, unchanged. */
export interface MarkedContext {
  before: string;
  word: string;
  after: string;
}

/**
 * Cuts a context sentence around its word, the span widened to whole Arabic words (never inside one).
 * Offsets out of range are clamped; an empty span leaves the whole sentence in `before`.
 */
export function markContext(context: Pick<WordContext, 'sentence' | 'start' | 'end'>): MarkedContext {
  const { sentence } = context;
  let start = Math.max(0, Math.min(sentence.length, context.start));
  let end = Math.max(start, Math.min(sentence.length, context.end));
  if (start === end) return { before: sentence, word: '', after: '' };
  while (start > 0 && WORD_CHAR.test(sentence[start - 1]!) && WORD_CHAR.test(sentence[start]!)) start--;
  while (end < sentence.length && WORD_CHAR.test(sentence[end - 1]!) && WORD_CHAR.test(sentence[end]!)) end++;
  return { before: sentence.slice(0, start), word: sentence.slice(start, end), after: sentence.slice(end) };
}

const tag = (prefix: string, value: string) => `${prefix}${value.trim().replace(/\s+/gu, '_')}`;

/** The word's tags: qiraa, status_…, pos_…, root_… (when it has one), then the learner's own tags. */
export function exportTags(word: Pick<WordRecord, 'status' | 'pos' | 'root' | 'tags'>): string[] {
  const tags = [EXPORT_TAG, tag('status_', word.status), tag('pos_', word.pos)];
  if (word.root) tags.push(tag('root_', word.root));
  for (const own of word.tags) if (own.trim()) tags.push(tag('', own));
  return [...new Set(tags)];
}

interface Row {
  arabic: string;
  vocalised: string;
  transliteration: string;
  english: string;
  context: MarkedContext;
  article: string;
  tags: string;
  guid: string;
}

function rowOf(word: WordRecord, titleOf: (articleId: string) => string): Row {
  const first = word.contexts[0];
  return {
    arabic: stripMarks(word.lemma),
    vocalised: word.lemma,
    // Names and terms are kept as printed (unvocalised): a transliteration of bare letters would mislead.
    transliteration: word.kind === 'word' ? transliterate(word.lemma) : '',
    english: word.gloss,
    context: first ? markContext(first) : { before: '', word: '', after: '' },
    article: first ? titleOf(first.articleId) : '',
    tags: exportTags(word).join(' '),
    guid: `qiraa:${word.id}`,
  };
}

/** HTML-escapes a field and keeps it on one line. */
function ankiField(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\r\n|[\r\n\u2028\u2029]/gu, '<br>')
    .replaceAll('\t', ' ');
}

/** A plain (non-HTML) column: only kept on one line. */
const ankiPlain = (text: string) => text.replace(/[\t\r\n\u2028\u2029]+/gu, ' ');

/**
 * My words as an Anki-importable text file: header lines (`#separator:tab`, `#html:true`, `#columns:`,
 * `#tags column:7`, `#guid column:8`), then one tab-separated row per word in EXPORT_COLUMNS order, each
 * line ended by LF. `titleOf` names the article of the word's context sentence.
 */
export function toAnkiTsv(words: readonly WordRecord[], titleOf: (articleId: string) => string): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    `#columns:${EXPORT_COLUMNS.join('\t')}`,
    `#tags column:${EXPORT_COLUMNS.indexOf('Tags') + 1}`,
    `#guid column:${EXPORT_COLUMNS.indexOf('GUID') + 1}`,
  ];
  for (const word of words) {
    const r = rowOf(word, titleOf);
    const { before, word: marked, after } = r.context;
    const context = marked ? `${ankiField(before)}<b>${ankiField(marked)}</b>${ankiField(after)}` : ankiField(before);
    const fields = [ankiField(r.arabic), ankiField(r.vocalised), ankiField(r.transliteration), ankiField(r.english), context, ankiField(r.article), ankiPlain(r.tags), ankiPlain(r.guid)];
    // A line starting with # is a comment to Anki.
    fields[0] = fields[0]!.replace(/^#/u, '&#35;');
    lines.push(fields.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** The UTF-8 byte-order mark that opens the CSV export (for Excel; see the module header). */
export const CSV_BOM = '\uFEFF';

/** One CSV field: formula-guarded, then quoted when it holds a quote, comma or line break. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * My words as RFC 4180 CSV for spreadsheets: a UTF-8 byte-order mark, a header row of EXPORT_COLUMNS,
 * then one row per word, CRLF line ends. Plain text (no HTML); the word in its sentence is marked with
 * [ ]; fields that a spreadsheet would run as a formula get a leading '.
 */
export function toCsv(words: readonly WordRecord[], titleOf: (articleId: string) => string): string {
  const lines = [EXPORT_COLUMNS.map(csvField).join(',')];
  for (const word of words) {
    const r = rowOf(word, titleOf);
    const { before, word: marked, after } = r.context;
    const context = marked ? `${before}[${marked}]${after}` : before;
    lines.push([r.arabic, r.vocalised, r.transliteration, r.english, context, r.article, r.tags, r.guid].map(csvField).join(','));
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
