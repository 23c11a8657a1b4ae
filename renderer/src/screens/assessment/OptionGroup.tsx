import type { Option } from '@shared/bank/bank-schema'
import type { AssessmentKind } from '@shared/bank/vocabulary'
import { optionLabelFor } from '@shared/bank/wording'

type Props = {
  name: string
  legend: string
  prompt?: string
  options: readonly Option[]
  kind: AssessmentKind
  value: string | undefined
  disabled: boolean
  onChange: (optionId: string) => void
}

/** A native radio group: arrow keys move and select, Tab leaves the group, screen readers name it. */
export function OptionGroup({ name, legend, prompt, options, kind, value, disabled, onChange }: Props): React.JSX.Element {
  return (
    <fieldset className="option-group" disabled={disabled}>
      <legend>
        {legend}
        {prompt && <span className="option-prompt">{prompt}</span>}
      </legend>
      {options.map((o) => (
        <label key={o.id} className={`option ${value === o.id ? 'selected' : ''}`}>
          <input type="radio" name={name} value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
          <span>{optionLabelFor(o, kind)}</span>
        </label>
      ))}
    </fieldset>
  )
}
