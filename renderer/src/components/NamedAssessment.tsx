/** An assessment as the register names it: engagement, vendor, and its title when it has one. */
export function NamedAssessment({ named: a }: { named: { engagementName: string; vendorName: string; title: string } }): React.JSX.Element {
  return (
    <>
      <strong>
        <bdi>{a.engagementName}</bdi>
      </strong>{' '}
      with <bdi>{a.vendorName}</bdi>
      {a.title && (
        <>
          {' '}
          — <bdi>{a.title}</bdi>
        </>
      )}
    </>
  )
}
