/**
 * Integrity checks that tie a curated analysis to its article's canonical text. They return a list of
 * human-readable problems (empty when all is well) so that tests and the authoring script share them.
 */
import type { Analysis, TokenAnalysis } from './analysis';
import type { Article } from './article';
import { stripMarks } from './arabic/chars.ts';
import { tokenize } from './arabic/tokenize.ts';

/** Checks coverage, offsets, vocalisation, segmentation, units and cross-occurrence consistency. */
export function checkAnalysis(article: Article, analysis: Analysis): string[] {
  const problems: string[] = [];
  const byParagraph = new Map(article.paragraphs.map((p) => [p.id, p.ar]));
  const where = (t: { p: string; start: number; form?: string; text?: string }) =>
    `${t.p}@${t.start} ${t.form ?? t.text ?? ''}`;

  // Coverage: the analysis lists exactly the tokenizer's tokens, once each, in order.
  const expected = article.paragraphs.flatMap((p) => tokenize(p.ar).map((t) => ({ p: p.id, ...t })));
  if (expected.length !== analysis.tokens.length) {
    problems.push(`expected ${expected.length} tokens, found ${analysis.tokens.length}`);
  }
  expected.forEach((e, i) => {
    const t = analysis.tokens[i];
    if (!t || t.p !== e.p || t.start !== e.start || t.end !== e.end || t.form !== e.form) {
      problems.push(`token ${i}: expected ${where(e)}, found ${t ? where(t) : 'nothing'}`);
    }
  });

  for (const t of analysis.tokens) {
    const text = byParagraph.get(t.p);
    if (text === undefined) {
      problems.push(`${where(t)}: unknown paragraph`);
      continue;
    }
    if (text.slice(t.start, t.end) !== t.form) problems.push(`${where(t)}: offsets do not slice the form`);
    if (stripMarks(t.voc) !== stripMarks(t.form)) {
      problems.push(`${where(t)}: vocalised ${t.voc} does not strip to ${stripMarks(t.form)}`);
    }
    const joined = t.segments.map((s) => s.surface ?? stripMarks(s.form)).join('');
    if (joined !== stripMarks(t.form)) {
      problems.push(`${where(t)}: segments join to ${joined}`);
    }
    if (t.segments.filter((s) => s.role === 'stem').length !== 1) {
      problems.push(`${where(t)}: needs exactly one stem segment`);
    }
  }

  const starts = new Set(analysis.tokens.map((t) => `${t.p}:${t.start}`));
  const ends = new Set(analysis.tokens.map((t) => `${t.p}:${t.end}`));
  for (const u of analysis.units) {
    const text = byParagraph.get(u.p);
    if (text?.slice(u.start, u.end) !== u.text) problems.push(`unit ${where(u)}: offsets do not slice the text`);
    if (!starts.has(`${u.p}:${u.start}`) || !ends.has(`${u.p}:${u.end}`)) {
      problems.push(`unit ${where(u)}: must start and end on token boundaries`);
    }
  }

  problems.push(...checkConsistency(analysis.tokens));
  return problems;
}

/** The same printed form with the same lemma must agree on root, origin, part of speech and parts. */
function checkConsistency(tokens: TokenAnalysis[]): string[] {
  const seen = new Map<string, TokenAnalysis>();
  const problems: string[] = [];
  const shape = (t: TokenAnalysis) =>
    JSON.stringify([t.root, t.origin, t.pos, t.segments.map((s) => [s.role, s.surface ?? stripMarks(s.form)])]);
  for (const t of tokens) {
    const key = `${t.form}|${t.lemma}`;
    const first = seen.get(key);
    if (!first) seen.set(key, t);
    else if (shape(first) !== shape(t)) {
      problems.push(`${t.p}@${t.start} ${t.form}: inconsistent with ${first.p}@${first.start} (same form and lemma)`);
    }
  }
  return problems;
}
