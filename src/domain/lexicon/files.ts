/** Which kind of entries a lexicon file holds, from its name: names-*.json, terms.json, lemmas-*.json. */
export type LexiconKind = 'lemmas' | 'names' | 'terms';

/** The kind of a lexicon file, given its name or path (a hashed build name such as names-Ab12.json too). */
export function lexiconKind(path: string): LexiconKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.startsWith('names')) return 'names';
  if (name.startsWith('terms')) return 'terms';
  return 'lemmas';
}
