/** Shown instead of the app when its data cannot be opened at all (the browser's database refused us). */
export function StartFailure({ message }: { message: string }): React.JSX.Element {
  return (
    <main className="start-failure">
      <h1>Arm&apos;s Length cannot open its data</h1>
      <p className="banner banner-error preserve-lines" role="alert">
        {message}
      </p>
      <p>
        No data was changed or deleted. Close other tabs of this app, check that the browser allows this site to store data, then reload the
        page.
      </p>
    </main>
  )
}
