import type { ReactNode } from 'react'

type FieldProps = {
  id: string
  label: string
  error?: string | undefined
  hint?: string
  required?: boolean
  children: ReactNode
  className?: string
}

/** Label, control, hint and the error right next to the field it belongs to. */
export function Field({ id, label, error, hint, required, children, className }: FieldProps): React.JSX.Element {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** aria attributes tying a control to its hint and error. */
export function describedBy(
  id: string,
  opts: { error?: string | undefined; hint?: boolean }
): {
  'aria-invalid': boolean
  'aria-describedby'?: string
} {
  const ids = [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null].filter(Boolean)
  return ids.length > 0
    ? { 'aria-invalid': Boolean(opts.error), 'aria-describedby': ids.join(' ') }
    : { 'aria-invalid': Boolean(opts.error) }
}
