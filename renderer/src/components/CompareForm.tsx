import { Controller, useForm, useWatch, type SubmitHandler } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { CompareFormSchema, type CompareForm as CompareChoice } from '@shared/schemas/compare-form'
import { navigate } from '../hooks/use-hash-route'
import { SelectField, type SelectOption } from './SelectField'

type Props = { engagementId: string; choices: readonly SelectOption<string>[] }

/** Picks two of the engagement's assessments (the last two by default) and opens their comparison. */
export function CompareForm({ engagementId, choices }: Props): React.JSX.Element {
  const { control, handleSubmit } = useForm<CompareChoice>({
    resolver: zodResolver(CompareFormSchema),
    defaultValues: { earlier: choices.at(-2)?.value ?? '', later: choices.at(-1)?.value ?? '' }
  })
  const [earlier, later] = useWatch({ control, name: ['earlier', 'later'] })
  const compare: SubmitHandler<CompareChoice> = (f) => navigate({ name: 'compare', engagementId, a: f.earlier, b: f.later })
  return (
    <form className="compare-form" noValidate onSubmit={(e) => void handleSubmit(compare)(e)}>
      <h3>Compare two assessments</h3>
      <div className="inline-row">
        <Controller
          control={control}
          name="earlier"
          render={({ field }) => (
            <SelectField id="compare-a" label="Earlier" value={field.value} options={choices} onChange={field.onChange} />
          )}
        />
        <Controller
          control={control}
          name="later"
          render={({ field }) => (
            <SelectField id="compare-b" label="Later" value={field.value} options={choices} onChange={field.onChange} />
          )}
        />
        {/* the same assessment twice is no comparison: the button says so by being unavailable */}
        <button type="submit" className="button align-end" disabled={earlier === later}>
          Compare
        </button>
      </div>
    </form>
  )
}
