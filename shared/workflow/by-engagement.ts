/** Assessments (or their summaries) grouped by engagement id, each group in the order given: one pass, not one scan per engagement. */
export function assessmentsByEngagement<A extends { engagementId: string }>(assessments: readonly A[]): Map<string, A[]> {
  const grouped = new Map<string, A[]>()
  for (const a of assessments) {
    const own = grouped.get(a.engagementId)
    if (own) own.push(a)
    else grouped.set(a.engagementId, [a])
  }
  return grouped
}
