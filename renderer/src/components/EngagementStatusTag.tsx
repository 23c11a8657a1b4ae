import type { EngagementStatus } from '@shared/schemas/engagement'

const LABEL: Record<EngagementStatus, string> = { active: 'Active', archived: 'Archived' }

/** The engagement's status as the register and the engagement page both show it. */
export function EngagementStatusTag({ status }: { status: EngagementStatus }): React.JSX.Element {
  return <span className={`status-tag status-${status}`}>{LABEL[status]}</span>
}
