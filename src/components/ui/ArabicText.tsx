import { splitIsolates } from '../../domain/arabic/bidi';

/** Arabic text with numbers and Latin runs isolated in `<bdi>`; the text itself is never changed. */
export function ArabicText({ text }: { text: string }) {
  return (
    <>
      {splitIsolates(text).map((run) =>
        run.isolate ? <bdi key={run.start}>{run.text}</bdi> : run.text,
      )}
    </>
  );
}
