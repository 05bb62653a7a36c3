import type { describeField } from './field-error';

/** A labelled choice among fixed values (a skill's priority, an outcome's Bloom level), with its message. */
export function SelectControl<Value extends string>({
  label,
  value,
  values,
  labels,
  onChange,
  field,
}: {
  label: string;
  value: Value;
  values: readonly Value[];
  labels: Record<Value, string>;
  onChange(value: Value): void;
  /** The input's message props and element ({@link describeField}). */
  field: ReturnType<typeof describeField>;
}) {
  return (
    <div className="ws-control">
      <label>
        {label}
        <select value={value} onChange={(e) => onChange(e.target.value as Value)} {...field.props}>
          {values.map((v) => (
            <option key={v} value={v}>
              {labels[v]}
            </option>
          ))}
        </select>
      </label>
      {field.message}
    </div>
  );
}
