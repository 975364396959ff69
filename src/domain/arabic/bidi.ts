/**
 * Finds the runs inside Arabic text that need bidi isolation — numbers and Latin words — so that
 * "22 سبتمبر/أيلول 2023" keeps its digits and neighbours in the right visual order.
 */

export interface TextRun {
  text: string;
  /** Offset of the run in the source text. */
  start: number;
  /** True for a number or Latin run, rendered in a `<bdi>`. */
  isolate: boolean;
}

const ISOLATE = /[0-9A-Za-z\u00C0-\u024F\u0660-\u0669]+(?:[.,:%/\u066B\u066C-][0-9A-Za-z\u00C0-\u024F\u0660-\u0669]+)*%?/gu;

/** Splits text into plain and isolated runs that together reproduce it exactly. */
export function splitIsolates(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(ISOLATE)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), start: last, isolate: false });
    runs.push({ text: m[0], start: m.index, isolate: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), start: last, isolate: false });
  return runs;
}
