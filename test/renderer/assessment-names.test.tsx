import { expect, test } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { BanksProvider } from '../../renderer/src/hooks/banks-context'
import { AssessmentHistory } from '../../renderer/src/components/AssessmentHistory'
import { fakeApi } from '../helpers/fake-api'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { readExampleEngagement } from '../helpers/example-report'

/*
 * Vendor-manager review: the history listed "Annual review 2026" while the Compare menus offered "Annual
 * self-assessment — 5 Mar 2026 (Final)": the same assessment under two names. Both now say its one name
 * (assessmentName), the menus adding only what tells two of one name apart.
 */
test('the Compare menus name each assessment as the history list does', async () => {
  const { engagement, assessments } = readExampleEngagement('germany-client-instructions.json')
  const first = assessments[0]!
  // one titled, one left untitled (named after its kind and period), as an import may bring them
  const all = [
    { ...first, id: 'a-titled', title: 'FY26 check — Müller', createdAt: '2026-02-01T09:00:00.000Z' },
    { ...first, id: 'a-untitled', title: '', periodEnd: '2027-12-31', createdAt: '2026-11-01T09:00:00.000Z' }
  ]
  const { api } = await fakeApi()
  render(
    <ApiProvider api={api}>
      <BanksProvider initial={BUILTIN_BANKS}>
        <AssessmentHistory engagement={engagement} assessments={all} />
      </BanksProvider>
    </ApiProvider>
  )
  const history = screen.getByRole('table', { name: 'Assessment history' })
  const names = within(history)
    .getAllByRole('rowheader')
    .map((th) => within(th).getByRole('link').textContent)
  expect(names).toEqual(['FY26 check — Müller', 'Annual self-assessment 2027'])
  const status = first.status === 'final' ? 'Final' : first.status === 'draft' ? 'Draft' : 'In review'
  for (const menu of ['Earlier', 'Later']) {
    const options = within(screen.getByLabelText(menu))
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual([
      `FY26 check — Müller — ${status}, started 1 Feb 2026`,
      `Annual self-assessment 2027 — ${status}, started 1 Nov 2026`
    ])
  }
})
