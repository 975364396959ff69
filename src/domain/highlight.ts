/**
 * Highlights: how a reader's selection is stored, and how it is found again after the article changes.
 * As in Hypothesis, a highlight is stored two ways — a position (offsets into the canonical paragraph
 * text, never into what is displayed, so tashkeel modes cannot move it) and a quote with some context —
 * and re-anchoring falls back tier by tier from "still there" to "moved" to "detached", so an edited
 * article moves a highlight instead of losing it. Pure: no DOM; the reader maps DOM ranges to offsets.
 */
import { stripMarks } from './arabic/chars.ts';
import { tokenize } from './arabic/tokenize.ts';

/** The colours a reader can give a highlight, in the order the picker shows them. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;

/** One of {@link HIGHLIGHT_COLOURS}. */
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** How many characters of context `describe` keeps on each side of the quote. */
const CONTEXT = 32;

/** Where a highlight sits: offsets into the canonical paragraph text, plus the quote and up to 32 characters of context either side. */
export interface TextSelector {
  paragraphId: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** A selector's place, all that reading order needs (a stored selector or an anchored one). */
type Placed = Pick<TextSelector, 'paragraphId' | 'start' | 'end'>;

/** Where `anchor` found a highlight in the current text, or that it found it nowhere. */
export type Anchored =
  | { status: 'exact' | 'moved'; paragraphId: string; start: number; end: number }
  | { status: 'detached' };

const clamp = (n: number, length: number): number => Math.min(Math.max(Math.trunc(n), 0), length);

/** Builds the selector for `text.slice(start, end)` (offsets clamped to the text); throws RangeError unless start < end. */
export function describe(paragraphId: string, text: string, start: number, end: number): TextSelector {
  const s = clamp(start, text.length);
  const e = clamp(end, text.length);
  // `!(s < e)` rather than `s >= e` so that NaN offsets are rejected too.
  if (!(s < e)) {
    throw new RangeError(`Empty highlight ${start}–${end} in paragraph ${paragraphId} (${text.length} characters)`);
  }
  return {
    paragraphId,
    start: s,
    end: e,
    quote: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT), s),
    suffix: text.slice(e, e + CONTEXT),
  };
}

/** Something a reader would mean to highlight: a letter or digit of any script (marks and tatweel alone are not). */
const MEANINGFUL = /[\p{L}\p{N}]/u;
/** Trimmed from the edges: white space and invisible format characters (ALM U+061C, ZWNJ, LRM/RLM, isolates). */
const EDGE = /[\s\p{Cf}]/u;

/**
 * Snaps a selection so it never splits an Arabic word (ARABIC.md: a span inside a word breaks letter
 * joining): every Arabic token it touches is taken whole; then surrounding white space is trimmed. Latin
 * words are not extended (trim only). A range with no letter or digit — a space or comma between words —
 * collapses to `{start, start}`. A backwards range (focus before anchor) is accepted and put in order.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = clamp(Math.min(start, end), text.length);
  let e = clamp(Math.max(start, end), text.length);
  const touched = tokenize(text).filter((t) => t.start < e && t.end > s);
  if (touched.length === 0 && !MEANINGFUL.test(stripMarks(text.slice(s, e)))) return { start: s, end: s };
  for (const t of touched) {
    s = Math.min(s, t.start);
    e = Math.max(e, t.end);
  }
  while (s < e && EDGE.test(text[s]!)) s++;
  while (e > s && EDGE.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

type Paragraph = { id: string; text: string };

/** One place the quote was found, with how well its surroundings agree with the stored context. */
interface Candidate {
  paragraphId: string;
  start: number;
  end: number;
  score: number;
}

/** Finds the quote in one paragraph; a tier of the search. */
type Matcher = (paragraph: Paragraph, selector: TextSelector) => Candidate[];

/** Every start of `needle` in `haystack`, overlapping ones included ("اا" twice in "ااا"). */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Context agreement: common suffix of the stored prefix and the text before, plus common prefix of the stored suffix and the text after. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  while (score < prefix.length && score < start && prefix[prefix.length - 1 - score] === text[start - 1 - score]) score++;
  let after = 0;
  while (after < suffix.length && end + after < text.length && suffix[after] === text[end + after]) after++;
  return score + after;
}

/** True for a diacritic or tatweel: a character that belongs to the letter before it. */
const isMark = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && stripMarks(ch) === '';

/** Moves `end` past the marks that follow, so a match never parts a letter from its harakat (الأسد in الأسدِ). */
function endOfLetter(text: string, end: number): number {
  while (isMark(text[end])) end++;
  return end;
}

/** The quote exactly as stored (its own paragraph, then the others). */
const exactMatches: Matcher = (p, sel) =>
  sel.quote === ''
    ? []
    : occurrences(p.text, sel.quote).map((i) => ({
        paragraphId: p.id,
        start: i,
        end: endOfLetter(p.text, i + sel.quote.length),
        score: contextScore(p.text, i, i + sel.quote.length, sel.prefix, sel.suffix),
      }));

/**
 * The text without diacritics and tatweel, and for each remaining character its offset in the original;
 * `origin[folded.length]` is the original length. ARABIC.md: keep the map, so a match lands on the right letters.
 */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isMark(ch)) continue;
    folded += ch;
    origin.push(i);
  }
  origin.push(text.length);
  return { folded, origin };
}

/**
 * The quote compared without diacritics and tatweel, so vocalising (or unvocalising) the
 * article does not detach highlights. The match ends at the next letter, so the marks on its last letter
 * (the damma of وقّعتُ) come with it; marks before its first letter belong to the previous word.
 */
const foldedMatches: Matcher = (p, sel) => {
  const quote = stripMarks(sel.quote);
  if (quote === '') return [];
  const { folded, origin } = fold(p.text);
  const prefix = stripMarks(sel.prefix);
  const suffix = stripMarks(sel.suffix);
  return occurrences(folded, quote).map((i) => ({
    paragraphId: p.id,
    start: origin[i]!,
    end: origin[i + quote.length]!,
    score: contextScore(folded, i, i + quote.length, prefix, suffix),
  }));
};

/** The best-matching candidate: highest context score, then nearest to the old start, then first in the article. */
function best(candidates: Candidate[], oldStart: number): Candidate | undefined {
  let winner: Candidate | undefined;
  for (const c of candidates) {
    if (
      !winner ||
      c.score > winner.score ||
      (c.score === winner.score && Math.abs(c.start - oldStart) < Math.abs(winner.start - oldStart))
    ) {
      winner = c;
    }
  }
  return winner;
}

/**
 * Finds a highlight in the current paragraphs. (a) The quote still sits at its offsets (and no mark was
 * added to its last letter): exact. Otherwise,
 * moved to the best-matching occurrence of (b) the quote in its own paragraph, (b′) the quote without
 * diacritics/tatweel in its own paragraph, (c) the quote in any other paragraph (split or renumbered),
 * (d) the quote without diacritics/tatweel in any other paragraph. (e) Nowhere: detached. Never throws.
 */
export function anchor(selector: TextSelector, paragraphs: ReadonlyArray<{ id: string; text: string }>): Anchored {
  const home = paragraphs.filter((p) => p.id === selector.paragraphId);
  const others = paragraphs.filter((p) => p.id !== selector.paragraphId);
  const inPlace = (p: Paragraph) =>
    p.text.slice(selector.start, selector.end) === selector.quote && endOfLetter(p.text, selector.end) === selector.end;
  if (selector.quote !== '' && home.some(inPlace)) {
    return { status: 'exact', paragraphId: selector.paragraphId, start: selector.start, end: selector.end };
  }
  // The folded search of the home paragraph comes before the exact search elsewhere: when an editor
  // vocalises a paragraph, a common quote (الأسد) would otherwise jump to another paragraph that has it.
  const tiers: Array<[Matcher, readonly Paragraph[]]> = [
    [exactMatches, home],
    [foldedMatches, home],
    [exactMatches, others],
    [foldedMatches, others],
  ];
  for (const [matches, group] of tiers) {
    const found = best(
      group.flatMap((p) => matches(p, selector)),
      selector.start,
    );
    if (found) return { status: 'moved', paragraphId: found.paragraphId, start: found.start, end: found.end };
  }
  return { status: 'detached' };
}

/** Orders highlights in reading order for the notes panel: paragraph order (unknown paragraphs last), then start, then end. */
export function compareSelectors(a: Placed, b: Placed, paragraphOrder: readonly string[]): number {
  const rank = (id: string) => {
    const i = paragraphOrder.indexOf(id);
    return i === -1 ? paragraphOrder.length : i;
  };
  const byId = a.paragraphId < b.paragraphId ? -1 : a.paragraphId > b.paragraphId ? 1 : 0;
  return rank(a.paragraphId) - rank(b.paragraphId) || byId || a.start - b.start || a.end - b.end;
}
