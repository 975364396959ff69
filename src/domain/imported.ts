/** Telling an imported article from a bundled one by its id (kept apart from import.ts, which is heavier). */

/** An imported article's id starts with this, so it can never collide with a bundled one. */
export const IMPORTED_PREFIX = 'imported-';

/** Whether an article id is an imported one. */
export const isImported = (id: string) => id.startsWith(IMPORTED_PREFIX);
