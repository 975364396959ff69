import { useId } from 'react';

/**
 * A button that opens the file picker, labelled in the page's language (the native control's own words
 * follow the browser's language instead). The input stays in the page, visually hidden, so it keeps its
 * keyboard focus and accessible name; choosing the same file twice reads it twice.
 */
export function FileButton(props: { label: string; accept: string; disabled?: boolean; className?: string; onFile: (file: File) => void }) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        type="file"
        accept={props.accept}
        disabled={props.disabled}
        className="peer sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onFile(file);
        }}
      />
      <label
        htmlFor={id}
        className={`${props.className ?? ''} inline-block cursor-pointer rounded-md border border-line bg-paper px-3 py-1.5 font-semibold peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent peer-disabled:opacity-60`}
      >
        {props.label}
      </label>
    </>
  );
}
