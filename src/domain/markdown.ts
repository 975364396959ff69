/**
 * A parser for the light Markdown of user notes: paragraphs, lists, emphasis, code, links. It builds
 * a small tree, never HTML, so raw HTML in a note stays text. Scans are cached per nesting level and
 * nesting is capped, so any input parses in linear-ish time without throwing.
 */

/** An inline node: text, emphasis, code, a link (to http:, https: or mailto: only) or a line break. */
export type MdInline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: MdInline[] }
  | { type: 'em'; children: MdInline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: MdInline[] }
  | { type: 'break' };

/** A paragraph: lines separated by single newlines, with a `break` node between them. */
export type MdParagraph = { type: 'paragraph'; children: MdInline[] };

/** A bulleted ("- ", "* ") or numbered ("1. ") list; each item is a run of inline nodes. */
export interface MdList {
  type: 'list';
  ordered: boolean;
  /** The number of the first item (1 for bulleted lists). */
  start: number;
  items: MdInline[][];
}

/** A block of a note. */
export type MdBlock = MdParagraph | MdList;

const MAX_DEPTH = 8;
const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}]/u;
const ESCAPABLE = /[!-/:-@[-`{-~]/u;
const URL_STOP = /[\s<>"'`]/u;
const URL_TRAILING = /[.,:;!?*_~\]،؛؟]/u;
const LIST_ITEM = /^[ \t]{0,3}(?:[-*]|(\d{1,9})\.)[ \t]+(.*)$/su;

const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);

/** Returns the link target if it is a plain http(s) or mailto address, else null (never throws). */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  // Browsers drop tabs and newlines inside URLs ("java\tscript:"), so any such character disqualifies it.
  if (/[\s\p{Cc}\p{Cf}\p{Cs}]/u.test(url)) return null;
  return /^(?:https?:\/\/[^/\\?#]|mailto:.)/iu.test(url) ? url : null;
}

type Kind = '**' | '*' | '_' | '`' | '[' | ']' | ')' | 'not*';

function matches(s: string, j: number, kind: Kind): boolean {
  if (kind === 'not*') return s[j] !== '*';
  if (kind !== '`' && s[j - 1] === '\\') return false;
  switch (kind) {
    case '**':
      return s[j] === '*' && s[j + 1] === '*' && s[j + 2] !== '*' && !isSpace(s[j - 1]);
    case '*':
      return s[j] === '*' && s[j - 1] !== '*' && s[j + 1] !== '*' && !isSpace(s[j - 1]);
    case '_':
      return s[j] === '_' && !isSpace(s[j - 1]) && !isWord(s[j + 1]);
    default:
      return s[j] === kind;
  }
}

type Step = [MdInline | string, number];

function parseInline(s: string, start: number, end: number, depth: number, links: boolean): MdInline[] {
  // The first match of each kind at or after a position; remembered so repeated searches stay linear.
  const cache = new Map<Kind, [from: number, at: number]>();
  const find = (kind: Kind, from: number): number => {
    const hit = cache.get(kind);
    if (hit && hit[0] <= from && (hit[1] === -1 || hit[1] >= from)) return hit[1];
    let at = -1;
    for (let j = from; at === -1 && j + (kind === '**' ? 2 : 1) <= end; j++) if (matches(s, j, kind)) at = j;
    cache.set(kind, [from, at]);
    return at;
  };
  const nest = (from: number, to: number, withLinks = links) => parseInline(s, from, to, depth + 1, withLinks);

  const emphasis = (i: number): Step | null => {
    const mark = s[i]!;
    if (mark === '*' && s[i + 1] === '*' && !isSpace(s[i + 2])) {
      const j = find('**', i + 2);
      const letter = find('not*', i + 2);
      if (j > i + 2 && letter !== -1 && letter < j) return [{ type: 'strong', children: nest(i + 2, j) }, j + 2];
    }
    if (isSpace(s[i + 1]) || s[i + 1] === mark || (mark === '_' && isWord(s[i - 1]))) return null;
    const j = find(mark as Kind, i + 1);
    return j > i + 1 ? [{ type: 'em', children: nest(i + 1, j) }, j + 1] : null;
  };

  const link = (i: number): Step | null => {
    const j = find(']', i + 1);
    if (j <= i + 1 || j + 1 >= end || s[j + 1] !== '(') return null;
    const inner = find('[', i + 1);
    if (inner !== -1 && inner < j) return null;
    const close = find(')', j + 2);
    const href = close === -1 ? null : safeHref(s.slice(j + 2, close));
    return href ? [{ type: 'link', href, children: nest(i + 1, j, false) }, close + 1] : null;
  };

  const bareUrl = (i: number): Step | null => {
    if (!/^https?:\/\//iu.test(s.slice(i, i + 8))) return null;
    let j = i;
    let opens = 0;
    let closes = 0;
    for (; j < end && !URL_STOP.test(s[j]!); j++) {
      if (s[j] === '(') opens++;
      else if (s[j] === ')') closes++;
    }
    // Trailing punctuation and an unbalanced ")" belong to the sentence, not the address.
    for (; j > i; j--) {
      const last = s[j - 1]!;
      if (last === ')' && closes > opens) closes--;
      else if (!URL_TRAILING.test(last)) break;
    }
    const url = s.slice(i, j);
    const href = safeHref(url);
    return [href ? { type: 'link', href, children: [{ type: 'text', text: url }] } : url, j];
  };

  const stepAt = (i: number): Step | null => {
    const c = s[i];
    if (c === '\\' && i + 1 < end && ESCAPABLE.test(s[i + 1]!)) return [s[i + 1]!, i + 2];
    if (c === '\n') return [{ type: 'break' }, i + 1];
    if (c === '`') {
      const j = find('`', i + 1);
      return j > i + 1 ? [{ type: 'code', text: s.slice(i + 1, j).replace(/\n/gu, ' ') }, j + 1] : null;
    }
    if ((c === 'h' || c === 'H') && links && !isWord(s[i - 1])) return bareUrl(i);
    if (depth >= MAX_DEPTH) return null;
    if (c === '*' || c === '_') return emphasis(i);
    return c === '[' && links ? link(i) : null;
  };

  const out: MdInline[] = [];
  let text = '';
  for (let i = start; i < end; ) {
    const step = stepAt(i);
    const [node, next] = step ?? [s[i]!, i + 1];
    if (typeof node === 'string') text += node;
    else {
      if (text) out.push({ type: 'text', text });
      text = '';
      out.push(node);
    }
    i = next;
  }
  if (text) out.push({ type: 'text', text });
  return out;
}

const inline = (text: string) => parseInline(text, 0, text.length, 0, true);

/** Parses a note's light Markdown into blocks; any string is accepted and raw HTML stays plain text. */
export function parseMarkdown(source: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  let paragraph: string[] | null = null;
  let list: { ordered: boolean; start: number; items: string[][] } | null = null;
  const flush = () => {
    if (paragraph) blocks.push({ type: 'paragraph', children: inline(paragraph.join('\n')) });
    if (list) blocks.push({ ...list, type: 'list', items: list.items.map((lines) => inline(lines.join('\n'))) });
    paragraph = list = null;
  };
  for (const raw of source.replace(/\0/gu, '\uFFFD').split(/\r\n?|\n/u)) {
    const line = raw.trim();
    const item = LIST_ITEM.exec(raw);
    const number = item?.[1] === undefined ? null : Number(item[1]);
    if (!line) flush();
    // A numbered line interrupts a paragraph only when it starts at 1 ("In 2024. we…" stays prose).
    else if (item && !(paragraph && number !== null && number !== 1)) {
      const ordered = number !== null;
      if (!list || list.ordered !== ordered) {
        flush();
        list = { ordered, start: number ?? 1, items: [] };
      }
      list.items.push([item[2]!.trim()]);
    } else if (list && /^[ \t]/u.test(raw)) list.items.at(-1)!.push(line);
    else {
      if (list) flush();
      (paragraph ??= []).push(line);
    }
  }
  flush();
  return blocks;
}

function inlineText(nodes: readonly MdInline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'code') out += node.text;
    else if (node.type === 'break') out += '\n';
    else if (node.type === 'link') {
      const label = inlineText(node.children);
      out += label === node.href || `mailto:${label}` === node.href ? label : `${label} (${node.href})`;
    } else out += inlineText(node.children);
  }
  return out;
}

/** Flattens parsed blocks to plain text for search and export (link targets kept in parentheses). */
export function toPlainText(blocks: readonly MdBlock[]): string {
  return blocks
    .map((block) =>
      block.type === 'paragraph'
        ? inlineText(block.children)
        : block.items.map((item, k) => `${block.ordered ? `${block.start + k}.` : '-'} ${inlineText(item)}`).join('\n'),
    )
    .join('\n\n');
}
