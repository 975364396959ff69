/**
 * The lexicon's JSON files read from src/content/lexicon, by kind (Node side: the lexicon checker and the
 * lexicon benchmark share it; the app bundles the same files through Vite).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LexiconFile } from '../src/domain/lexicon/check';
import { lexiconKind } from '../src/domain/lexicon/files';

export const LEXICON_DIR = path.resolve(import.meta.dirname, '../src/content/lexicon');

/** Every lexicon file, parsed (a file that is not JSON keeps its error text as data, which fails the schema). */
export function readLexiconFiles(): LexiconFile[] {
  return readdirSync(LEXICON_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(LEXICON_DIR, name), 'utf8');
      try {
        return { name, kind: lexiconKind(name), data: JSON.parse(text) as unknown };
      } catch (error) {
        return { name, kind: lexiconKind(name), data: `not JSON: ${String(error)}` };
      }
    });
}
