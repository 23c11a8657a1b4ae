import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { zodResolver } from '@hookform/resolvers/zod'
import { SettingsSchema, type Settings } from '@shared/store/store-schema'
import { useApi } from '../../hooks/api-context'
import { Field, describedBy } from '../Field'

/** How reports are marked (from each assessment, not a setting), and the default review interval. */
export function ReportSettingsCard(): React.JSX.Element {
  const api = useApi()
  const [loaded, setLoaded] = useState<Settings | null>(null)
  const [message, setMessage] = useState('')
  useEffect(() => {
    void api.getSettings().then((r) => r.ok && setLoaded(r.value))
  }, [api])
  if (!loaded) return <p role="status">Loading settings…</p>
  return <SettingsForm initial={loaded} onSaved={setMessage} message={message} />
}

function SettingsForm({
  initial,
  onSaved,
  message
}: {
  initial: Settings
  onSaved: (m: string) => void
  message: string
}): React.JSX.Element {
  const api = useApi()
  const form = useForm<Settings>({ resolver: zodResolver(SettingsSchema), defaultValues: initial })
  const errors = form.formState.errors
  const save = form.handleSubmit(async (settings) => {
    const r = await api.updateSettings({ settings })
    onSaved(r.ok ? 'Settings saved.' : `Not saved: ${r.error.message}`)
  })
  return (
    <section className="card" aria-labelledby="report-settings-title">
      <h2 id="report-settings-title">Reports</h2>
      <form noValidate onSubmit={(e) => void save(e)}>
        <p id="marking-note">
          Every report page is marked <strong>Confidential</strong>. A report is marked{' '}
          <strong>Privileged &amp; Confidential — prepared at the direction of counsel</strong>, with counsel’s name and the date, only when
          the assessment records that direction (set it when you finalize). Privilege is never claimed by default.
        </p>
        <Field id="interval" label="Default months between assessments" error={errors.defaultReviewIntervalMonths?.message}>
          <input
            id="interval"
            type="number"
            min={1}
            max={36}
            {...form.register('defaultReviewIntervalMonths', { valueAsNumber: true })}
            {...describedBy('interval', { error: errors.defaultReviewIntervalMonths?.message })}
          />
        </Field>
        <div className="button-row">
          <button type="submit" className="button primary">
            Save settings
          </button>
          <span role="status" className="status-line">
            {message}
          </span>
        </div>
      </form>
    </section>
  )
}
