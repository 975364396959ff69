/**
 * Turning text a reader pastes (or opens from a .txt / .md file) into an article of the same shape as the
 * bundled ones: paragraphs split on blank lines, an optional English translation aligned paragraph by
 * paragraph, and every refusal named (empty, huge, not Arabic, translation not aligned, no title). The
 * Arabic is kept exactly as given, apart from line endings and invisible control characters that would
 * break offsets.
 */
import type { Article } from './article';
import { countWords } from './arabic/tokenize';


/** The most text an import takes (characters): a long feature article is ~30,000. */
export const MAX_IMPORT_CHARS = 200_000;
export const MAX_TITLE_CHARS = 200;

export interface ImportInput {
  title: string;
  arabic: string;
  english: string;
  /** Import the Arabic alone when the translation's paragraphs do not line up. */
  dropTranslation: boolean;
}

export type ImportError =
  | { kind: 'no-title' }
  | { kind: 'title-too-long'; max: number }
  | { kind: 'empty' }
  | { kind: 'too-large'; chars: number; max: number }
  | { kind: 'not-arabic' }
  | { kind: 'mismatch'; arabic: number; english: number };

/** An imported article as stored: the bundled shape plus when it was imported and last changed. */
export interface ImportedArticle extends Article {
  importedAt: number;
  updatedAt: number;
}

export type ImportResult = { ok: true; article: ImportedArticle } | { ok: false; error: ImportError };

/** C0/C1 controls other than tab and newline, and the byte-order mark: never part of an article. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/gu;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/gu;
const ANY_LETTER = /\p{L}/gu;

/** Normalised line endings, no stray controls, paragraphs split on blank lines, each trimmed. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(CONTROLS, '')
    .split(/\n[ \t\u00A0]*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
    .filter((p) => p !== '');
}

/**
 * Light Markdown to plain text, for .md files: headings, quotes, list bullets and emphasis marks go; the
 * words stay. (Links keep their text.)
 */
export function markdownToText(md: string): string {
  return md
    .replace(/\r\n?/gu, '\n')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gmu, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^\n]*?\S)\1/gu, '$2');
}

/** Validates and builds an imported article; `id` and `now` come from the caller. */
export function prepareImport(input: ImportInput, id: string, now: number): ImportResult {
  const title = input.title.replace(CONTROLS, '').replace(/\s+/gu, ' ').trim();
  if (title === '') return { ok: false, error: { kind: 'no-title' } };
  if (title.length > MAX_TITLE_CHARS) return { ok: false, error: { kind: 'title-too-long', max: MAX_TITLE_CHARS } };
  const size = input.arabic.length + input.english.length;
  if (size > MAX_IMPORT_CHARS) return { ok: false, error: { kind: 'too-large', chars: size, max: MAX_IMPORT_CHARS } };
  const arabic = splitParagraphs(input.arabic);
  if (arabic.length === 0) return { ok: false, error: { kind: 'empty' } };
  const joined = arabic.join(' ');
  const arabicLetters = joined.match(ARABIC_LETTER)?.length ?? 0;
  const letters = joined.match(ANY_LETTER)?.length ?? 0;
  // Mostly Arabic: names and numbers in Latin script are fine, an English text is not.
  if (arabicLetters < 20 || arabicLetters < letters * 0.6) return { ok: false, error: { kind: 'not-arabic' } };
  let english = input.dropTranslation ? [] : splitParagraphs(input.english);
  if (english.length > 0 && english.length !== arabic.length) {
    return { ok: false, error: { kind: 'mismatch', arabic: arabic.length, english: english.length } };
  }
  if (english.length === 0) english = arabic.map(() => '');
  const paragraphs = arabic.map((ar, i) => ({ id: `p${String(i + 1)}`, ar, en: english[i]! }));
  return {
    ok: true,
    article: {
      id,
      title: { ar: title, en: title },
      summary: '',
      tags: [],
      date: null,
      source: null,
      wordCount: paragraphs.reduce((n, p) => n + countWords(p.ar), 0),
      paragraphCount: paragraphs.length,
      paragraphs,
      importedAt: now,
      updatedAt: now,
    },
  };
}
