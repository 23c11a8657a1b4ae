import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEFAULT_BANK } from '@shared/bank/bank-registry'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { BanksProvider, useBanks, useReloadAll } from '../../renderer/src/hooks/banks-context'
import { useEngagements } from '../../renderer/src/hooks/use-engagements'
import { useAssessmentSummaries } from '../../renderer/src/hooks/use-assessment-summaries'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'

/** Issue 15 item 3: one renderer data layer — after a restore or import, every stored-data hook reads again, banks first. */
function Probe(): React.JSX.Element {
  const banks = useBanks()
  const { state } = useEngagements()
  const summaries = useAssessmentSummaries()
  const reloadAll = useReloadAll()
  return (
    <>
      <p>banks: {banks.length}</p>
      <p>engagements: {state.status === 'ready' ? state.engagements.length : '…'}</p>
      <p>assessments: {summaries === null ? '…' : summaries.length}</p>
      <button type="button" onClick={() => void reloadAll()}>
        reload all
      </button>
    </>
  )
}

describe('the stored-data layer', () => {
  it('reloads banks, engagements and assessment summaries after data changed behind the screens', async () => {
    const { api } = await fakeApi()
    render(
      <ApiProvider api={api}>
        <BanksProvider initial={BUILTIN_BANKS}>
          <Probe />
        </BanksProvider>
      </ApiProvider>
    )
    await screen.findByText('engagements: 0')
    // what a restore or an import does: the store changes without the mounted screens knowing
    const created = await api.createEngagement({ fields: engagementFields() })
    if (!created.ok) throw new Error(created.error.message)
    const started = await api.startAssessment({ engagementId: created.value.id, kind: 'annual' })
    expect(started.ok).toBe(true)
    const bank = await api.importBank({
      text: JSON.stringify({ ...DEFAULT_BANK, id: 'acme-co-employment', title: 'Acme co-employment bank', version: '2099.1' })
    })
    expect(bank.ok ? 'ok' : bank.error.message).toBe('ok')
    expect(screen.getByText('engagements: 0')).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'reload all' }))
    await waitFor(() => expect(screen.getByText('engagements: 1')).toBeTruthy())
    await screen.findByText('assessments: 1')
    await screen.findByText(`banks: ${BUILTIN_BANKS.length + 1}`)
  })
})
