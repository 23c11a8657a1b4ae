type Props = { message: string | null; banner?: boolean }

/** Why the last action failed, announced at once; nothing at all while there is no error. */
export function ErrorAlert({ message, banner }: Props): React.JSX.Element | null {
  if (!message) return null
  return (
    <p className={banner ? 'banner banner-error' : 'field-error'} role="alert">
      {message}
    </p>
  )
}
