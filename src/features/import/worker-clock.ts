/** The moment the worker's script began to run (imported first, so it is evaluated before the lexicon). */
export const scriptStart = performance.now();
