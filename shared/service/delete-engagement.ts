import type { StoreDoc } from '../store/store-schema'
import { fail, type Result } from '../util/result'
import { deleteEngagementIn, findEngagement } from './engagement-ops'
import { typedNameConfirms } from '../schemas/delete-confirm'

/**
 * Deleting an engagement deletes its assessments. When some are signed off, the user must type the
 * engagement's name: a final cannot be deleted on its own, so one click on the engagement must not do
 * it either. (The service also takes a verified, pinned backup before the delete is written.)
 */
export function deleteEngagementChecked(doc: StoreDoc, id: string, confirmName: string | undefined): Result<StoreDoc> {
  const found = findEngagement(doc, id)
  if (!found.ok) return found
  const finals = doc.assessments.filter((a) => a.engagementId === id && a.status === 'final').length
  if (finals > 0 && !typedNameConfirms(confirmName, found.value.name)) {
    return fail(
      'conflict',
      `“${found.value.name}” holds ${finals} signed-off ${finals === 1 ? 'assessment' : 'assessments'}. ` +
        'To delete it, type the engagement name exactly as shown to confirm. Archiving keeps it instead.'
    )
  }
  return deleteEngagementIn(doc, id)
}
