import { useId } from 'react';

interface Option<T extends string | number> {
  value: T;
  label: string;
  hint?: string;
}

/** A labelled group of native radio buttons styled as a segmented control. */
export function RadioGroup<T extends string | number>(props: {
  legend: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-sm font-semibold">{props.legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {props.options.map((o) => (
          <label
            key={o.value}
            title={o.hint}
            className="relative cursor-pointer rounded-md border border-line px-3 py-1.5 text-sm has-checked:border-accent has-checked:bg-accent-soft has-checked:font-semibold has-focus-visible:outline-3 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name={name}
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
