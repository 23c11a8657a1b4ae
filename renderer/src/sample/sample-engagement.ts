import type { ArmsLengthApi } from '@shared/ipc/contract'
import type { EngagementFields, Engagement } from '@shared/schemas/engagement'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { fail, ok, type Result } from '@shared/util/result'

/** Marks the sample so the register can label it and remove it; a user's own notes never start with it. */
export const SAMPLE_MARK = 'SAMPLE — created by Arm’s Length to explore the app.'

/**
 * The sample is the engagement as created here, word for word: the banner removes it in one click, so an
 * engagement someone made or imported whose notes only begin with the mark (attacker review) is not one.
 */
export function isSample(e: Pick<Engagement, 'notes' | 'vendorName' | 'name' | 'contractReference'>): boolean {
  return (
    e.notes === SAMPLE_FIELDS.notes &&
    e.vendorName === SAMPLE_FIELDS.vendorName &&
    e.name === SAMPLE_FIELDS.name &&
    e.contractReference === SAMPLE_FIELDS.contractReference
  )
}

export const SAMPLE_FIELDS: EngagementFields = {
  vendorName: 'Sample: Harbour Contact Services Inc.',
  name: 'Sample: customer care from Manila',
  services: ['customer-support'],
  deliveryCountries: ['PH'],
  sites: [{ country: 'PH', site: 'Manila — Ortigas Center' }],
  clientUsStates: [],
  deliveryLocation: 'vendor-premises',
  staffing: 'dedicated',
  headcount: 45,
  contractReference: 'SAMPLE-001',
  owner: 'Sample owner',
  notes: `${SAMPLE_MARK} Nothing in it is real; remove it from the Engagements screen in one click.`,
  reviewIntervalMonths: 12
}

/** How many of the first questions the sample answers: enough to show a provisional result, not a full one. */
const SAMPLE_ANSWERED = 8

/**
 * Creates the sample through the ordinary API, as a user would: an engagement, an annual assessment,
 * and the first questions answered (second practice option, first contract option), the rest left open.
 */
export async function createSample(api: ArmsLengthApi): Promise<Result<{ engagementId: string; assessmentId: string }>> {
  const e = await api.createEngagement({ fields: SAMPLE_FIELDS })
  if (!e.ok) return e
  const a = await api.startAssessment({ engagementId: e.value.id, kind: 'annual', title: 'Sample annual self-assessment' })
  if (!a.ok) return a
  for (const q of DEFAULT_BANK.questions.filter((q) => !q.showIf).slice(0, SAMPLE_ANSWERED)) {
    const choice = q.options[1]?.id
    const contractChoice = q.contract?.options[0]?.id
    const saved = await api.saveAnswer({
      assessmentId: a.value.id,
      questionId: q.id,
      answer: { ...(choice ? { choice } : {}), ...(contractChoice ? { contractChoice } : {}) }
    })
    if (!saved.ok) return fail(saved.error.code, `The sample was only partly created: ${saved.error.message}`)
  }
  return ok({ engagementId: e.value.id, assessmentId: a.value.id })
}
