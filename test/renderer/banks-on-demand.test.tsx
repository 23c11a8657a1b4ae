import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { findBank } from '@shared/bank/bank-registry'
import { CORE_BANK } from '@shared/bank/core-bank'
import type { ArmsLengthApi } from '@shared/ipc/contract'
import { fail, ok } from '@shared/util/result'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { BanksProvider, useBanks } from '../../renderer/src/hooks/banks-context'
import { useAssessments } from '../../renderer/src/hooks/use-assessments'
import { V1_BANK, V1_DRAFT } from '../shared/archived-bank-fixtures'

/** What every render showed: an assessment is never on screen without the bank it was answered under. */
function Probe({ log }: { log: string[] }): React.JSX.Element {
  const banks = useBanks()
  const { assessments, error } = useAssessments(V1_DRAFT.engagementId)
  const shown = assessments?.map((a) => `${a.id} under ${findBank(banks, a.bank)?.version ?? 'NO BANK'}`).join(', ') ?? error ?? 'loading'
  log.push(shown)
  return <p>{shown}</p>
}

/** The API as the renderer sees it: one 2026.1 assessment; loadBanks answers as the service does. */
function stubApi(loadBanks: ArmsLengthApi['loadBanks']) {
  const calls: Parameters<ArmsLengthApi['loadBanks']>[0][] = []
  const api = {
    listAssessments: async () => ok([V1_DRAFT]),
    loadBanks: async (req: Parameters<ArmsLengthApi['loadBanks']>[0]) => {
      calls.push(req)
      return loadBanks(req)
    }
  } as unknown as ArmsLengthApi
  return { api, calls }
}

describe('the renderer asks for an earlier bank release before it shows an assessment answered under it', () => {
  it('loads 2026.1 once, and no render shows the assessment without it', async () => {
    const { api, calls } = stubApi(async () => ok([CORE_BANK, V1_BANK]))
    const log: string[] = []
    render(
      <ApiProvider api={api}>
        <BanksProvider initial={[CORE_BANK]}>
          <Probe log={log} />
        </BanksProvider>
      </ApiProvider>
    )
    await screen.findByText(`${V1_DRAFT.id} under 2026.1`)
    expect(calls).toEqual([{ refs: [{ id: 'armslength-core', version: '2026.1' }] }])
    expect(log.filter((l) => l.includes('NO BANK'))).toEqual([])
  })

  it('shows why when the release cannot be loaded, instead of the assessment', async () => {
    const message = 'The earlier question bank armslength-core 2026.1, which assessments answered under it need, could not be loaded.'
    const { api } = stubApi(async () => fail('internal', message))
    const log: string[] = []
    render(
      <ApiProvider api={api}>
        <BanksProvider initial={[CORE_BANK]}>
          <Probe log={log} />
        </BanksProvider>
      </ApiProvider>
    )
    await screen.findByText(message)
    expect(log.filter((l) => l.includes(V1_DRAFT.id))).toEqual([])
  })
})
