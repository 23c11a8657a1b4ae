export type SelectOption<V extends string> = { value: V; label: string }

type Props<V extends string> = {
  id: string
  label: string
  value: V
  options: readonly SelectOption<V>[]
  onChange: (value: V) => void
  className?: string
}

/** A labelled native select over a closed set of values (filters, sort orders, pickers). */
export function SelectField<V extends string>({ id, label, value, options, onChange, className }: Props<V>): React.JSX.Element {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Options from a value → label record, in the record's order. */
export function optionsOf<V extends string>(labels: Record<V, string>): SelectOption<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }))
}
