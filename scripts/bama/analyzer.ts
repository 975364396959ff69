/**
 * A re-implementation of the Buckwalter Arabic Morphological Analyzer 1.0 algorithm (readme.txt §3)
 * over its original lexicon tables, which are read at run time from a folder outside the repository
 * and kept in memory only. Licence rule: never copy those files, or anything generated from them,
 * into the repository or the build output.
 *
 * Algorithm: every split of the unvocalised Buckwalter word into prefix (0–4 letters) + stem (1+) +
 * suffix (0–6) whose three parts are in dictPrefixes / dictStems / dictSuffixes and whose morphological
 * categories are pairwise compatible in tableAB (prefix–stem), tableAC (prefix–suffix) and tableBC
 * (stem–suffix) is a solution. When a word has none, the "second lookup" tries the orthographic
 * variants listed in the readme (final Y'/y'/Y/y/h, medial w' and Y).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface AffixEntry {
  voc: string;
  cat: string;
}

interface StemEntry extends AffixEntry {
  /** Lemma ID from the preceding `;; ` line, e.g. "katab-u_1". */
  lemmaId: string;
  /** The radicals of the preceding `;--- ` line as BAMA spells them ("w/y" expanded), or [] when none. */
  roots: string[];
  /** The raw `;--- ` header, for display. */
  rootLine: string | null;
  pos: string;
}

export interface Solution {
  /** The unvocalised string that was analysed (the word itself, or a second-lookup variant). */
  lookup: string;
  prefix: string;
  stem: string;
  suffix: string;
  /** Vocalised prefix + stem + suffix. */
  voc: string;
  lemmaId: string;
  /** The lemma ID without its `_N` index and without the verb's `-u`/`-a`/`-i` imperfect-vowel mark. */
  lemma: string;
  roots: string[];
  rootLine: string | null;
  /** The stem's POS tag as the readme derives it (explicit `<pos>` or from the category). */
  pos: string;
}

export interface Bama {
  analyse(word: string): Solution[];
}

/** Lines of one table file: CRLF line ends, `;` starts a comment (including `;; ` and `;--- `). */
function lines(dir: string, file: string): string[] {
  return readFileSync(path.join(dir, file), 'latin1').split(/\r?\n/u);
}

function affixes(dir: string, file: string): Map<string, AffixEntry[]> {
  const map = new Map<string, AffixEntry[]>();
  for (const line of lines(dir, file)) {
    if (line.startsWith(';') || line.trim() === '') continue;
    const [entry = '', voc = '', cat = ''] = line.split('\t');
    const list = map.get(entry) ?? [];
    list.push({ voc, cat: cat.trim() });
    map.set(entry, list);
  }
  return map;
}

function table(dir: string, file: string): Set<string> {
  const set = new Set<string>();
  for (const line of lines(dir, file)) {
    if (line.startsWith(';')) continue;
    const [a, b] = line.trim().split(/\s+/u);
    if (a && b) set.add(`${a} ${b}`);
  }
  return set;
}

/**
 * `;--- ktb`, `;--- Axw/y`, `;--- trk(1) "leave"`, `;--- Ab (see also under --- Abw)`: the first word,
 * without its "(n)" index, with "x/y" read as two alternatives for the last radical. Headers that are
 * prose (e.g. "Al- used as a detachable prefix …") give no root.
 */
export function parseRootLine(header: string): string[] {
  const word = (header.trim().split(/\s+/u)[0] ?? '').replace(/\(.*$/u, '');
  const alt = /^(.*)(.)\/(.)$/u.exec(word);
  const roots = alt ? [alt[1]! + alt[2]!, alt[1]! + alt[3]!] : [word];
  return roots.every((r) => /^[A-Za-z$*'><&}|{~`]{1,7}$/u.test(r)) ? roots : [];
}

function stemPos(cat: string, gloss: string): string {
  const explicit = /<pos>(.*?)<\/pos>/u.exec(gloss)?.[1];
  if (explicit) return explicit.replace(/^[^/]*\//u, '').replace(/\+.*$/u, '');
  if (cat.startsWith('F')) return 'FUNC_WORD';
  if (cat.startsWith('IV')) return 'VERB_IMPERFECT';
  if (cat.startsWith('PV')) return 'VERB_PERFECT';
  if (cat.startsWith('CV')) return 'VERB_IMPERATIVE';
  if (cat.startsWith('N')) return /^[A-Z]/u.test(gloss) ? 'NOUN_PROP' : 'NOUN';
  return 'UNKNOWN';
}

function stems(dir: string): Map<string, StemEntry[]> {
  const map = new Map<string, StemEntry[]>();
  let lemmaId = '';
  let roots: string[] = [];
  let rootLine: string | null = null;
  for (const line of lines(dir, 'dictStems')) {
    if (/^; ?(=|-{4,})/u.test(line)) {
      // A section rule (letter sections, the ABBREVIATIONS block) ends the current root group.
      roots = [];
      rootLine = null;
    } else if (line.startsWith(';--- ')) {
      rootLine = line.slice(5).trim();
      roots = parseRootLine(rootLine);
    } else if (line.startsWith(';; ')) {
      lemmaId = line.slice(3).trim();
    } else if (!line.startsWith(';') && line.trim() !== '') {
      const [entry = '', voc = '', cat = '', gloss = ''] = line.split('\t');
      const list = map.get(entry) ?? [];
      list.push({ voc, cat: cat.trim(), lemmaId, roots, rootLine, pos: stemPos(cat.trim(), gloss) });
      map.set(entry, list);
    }
  }
  return map;
}

/** "katab-u_1" → "katab"; "bi-_1" → "bi"; "AFP corpus: jAtuwrAbAtArAbuwng_1" → "jAtuwrAbAtArAbuwng". */
export function lemmaOf(lemmaId: string): string {
  const last = lemmaId.trim().split(/\s+/u).pop() ?? '';
  return last.replace(/_\d+$/u, '').replace(/-[a-z]*$/u, '');
}

/** The second-lookup spellings of readme.txt §3, in its order, without the word itself. */
export function variants(word: string): string[] {
  const finals: string[] = [];
  const swap = (re: RegExp, to: string) => {
    if (re.test(word)) finals.push(word.replace(re, to));
  };
  swap(/Y'$/u, "y'");
  swap(/Y'$/u, '}');
  swap(/y'$/u, '}');
  swap(/Y$/u, 'y');
  swap(/y$/u, 'Y');
  swap(/h$/u, 'p');
  const out: string[] = [];
  for (const base of [word, ...finals]) {
    const medial = base.replace(/(?<=.)w'(?=.)/gu, '&').replace(/Y(?=.)/gu, 'y');
    for (const v of [base, medial]) if (v !== word && !out.includes(v)) out.push(v);
  }
  return out;
}

export function loadBama(dir: string): Bama {
  const prefixes = affixes(dir, 'dictPrefixes');
  const suffixes = affixes(dir, 'dictSuffixes');
  const stemMap = stems(dir);
  const ab = table(dir, 'tableAB');
  const ac = table(dir, 'tableAC');
  const bc = table(dir, 'tableBC');

  const lookup = (word: string): Solution[] => {
    const out: Solution[] = [];
    for (let p = 0; p <= Math.min(4, word.length - 1); p++) {
      const pre = prefixes.get(word.slice(0, p));
      if (!pre) continue;
      for (let s = 0; s <= Math.min(6, word.length - p - 1); s++) {
        const stemStr = word.slice(p, word.length - s);
        const st = stemMap.get(stemStr);
        const suf = suffixes.get(word.slice(word.length - s));
        if (!st || !suf) continue;
        for (const a of pre) {
          for (const b of st) {
            if (!ab.has(`${a.cat} ${b.cat}`)) continue;
            for (const c of suf) {
              if (!ac.has(`${a.cat} ${c.cat}`) || !bc.has(`${b.cat} ${c.cat}`)) continue;
              out.push({
                lookup: word,
                prefix: word.slice(0, p),
                stem: stemStr,
                suffix: word.slice(word.length - s),
                voc: a.voc + b.voc + c.voc,
                lemmaId: b.lemmaId,
                lemma: lemmaOf(b.lemmaId),
                roots: b.roots,
                rootLine: b.rootLine,
                pos: b.pos,
              });
            }
          }
        }
      }
    }
    return out;
  };

  return {
    analyse(word) {
      const first = lookup(word);
      if (first.length > 0) return first;
      return variants(word).flatMap(lookup);
    },
  };
}
