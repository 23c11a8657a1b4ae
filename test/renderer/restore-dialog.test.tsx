import { describe, expect, test } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { BanksProvider } from '../../renderer/src/hooks/banks-context'
import { SettingsScreen } from '../../renderer/src/screens/SettingsScreen'
import { formatDateTime } from '../../renderer/src/format'
import { RestoreDialog } from '../../renderer/src/components/settings/RestoreDialog'
import { fakeApi } from '../helpers/fake-api'
import { engagementFields } from '../helpers/engagement-fields'
import { SIGN_OFF, value } from '../shared/store-session-fixtures'

/** An engagement with a draft, backed up; then the draft is signed off, so the backup holds it unsigned. */
async function signedAfterBackup() {
  const fake = await fakeApi()
  const { api } = fake
  const e = value(await api.createEngagement({ fields: engagementFields({ vendorName: 'Harbour Contact GmbH', name: 'Claims desk' }) }))
  const a = value(await api.startAssessment({ engagementId: e.id, kind: 'annual', title: 'Annual review 2026' }))
  value(await api.backupNow())
  value(await api.setAssessmentStatus({ assessmentId: a.id, status: 'in-review' }))
  const final = value(await api.finalizeAssessment({ assessmentId: a.id, ...SIGN_OFF }))
  value(await api.backupNow())
  return { ...fake, final }
}

function show(api: Awaited<ReturnType<typeof fakeApi>>['api']) {
  render(
    <ApiProvider api={api}>
      <BanksProvider initial={BUILTIN_BANKS}>
        <SettingsScreen />
      </BanksProvider>
    </ApiProvider>
  )
}

/** The backups are listed newest first (jsdom drops the space before the hidden part of the name): `after` is the first row, `before` the second. */
const restoreButton = async (which: 'before' | 'after') =>
  (await screen.findAllByRole('button', { name: /^Restore\s*backup from/ }))[which === 'after' ? 0 : 1]!

describe('the restore dialog', () => {
  test('lists each signed-off assessment the backup lacks, by engagement and sign-off date, and needs RESTORE typed', async () => {
    const { api, mem, final } = await signedAfterBackup()
    show(api)
    const user = userEvent.setup()
    await user.click(await restoreButton('before'))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    const list = within(dialog).getByRole('list', { name: 'Signed-off assessments the restore takes away' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(items[0]).toHaveTextContent(
      `Claims desk with Harbour Contact GmbH — Annual review 2026, signed off ${formatDateTime(final.signOff!.finalizedAt)}: the backup holds it unsigned (draft).`
    )
    expect(dialog).toHaveTextContent(/that backup is never rotated away: it is listed under Backups on this page as kept always/)
    // Cancel first, so Enter replaces nothing; Restore waits for the word
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    const confirm = within(dialog).getByRole('button', { name: 'Restore' })
    expect(confirm).toBeDisabled()
    const word = within(dialog).getByLabelText('Type RESTORE to confirm')
    await user.type(word, 'restore{Enter}')
    expect(confirm).toBeDisabled()
    expect(screen.getByRole('dialog', { name: 'Restore this backup?' })).toBeInTheDocument()
    await user.clear(word)
    await user.type(word, ' RESTORE ')
    expect(confirm).toBeEnabled()
    const backups = mem.state.backups.length
    // Enter in the field, once the word is right, restores (as the button does)
    await user.type(word, '{Enter}')
    await screen.findByText(/Restored the backup from .*kept always\./)
    // the safety copy holds the signed-off assessment and is pinned
    const safety = mem.state.backups[backups]!
    expect(safety.info.pinned).toBe(true)
    expect(JSON.parse(safety.raw).assessments[0]).toMatchObject({ id: final.id, status: 'final' })
    expect(mem.state.storedDoc().assessments[0]).toMatchObject({ id: final.id, status: 'draft' })
  })

  test('cancelling restores nothing; the word typed is forgotten', async () => {
    const { api, mem } = await signedAfterBackup()
    show(api)
    const user = userEvent.setup()
    const stored = mem.state.snapshot()
    await user.click(await restoreButton('before'))
    let dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    await user.type(within(dialog).getByLabelText('Type RESTORE to confirm'), 'RESTORE')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(mem.state.snapshot()).toBe(stored)
    await user.click(await restoreButton('before'))
    dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(within(dialog).getByLabelText('Type RESTORE to confirm')).toHaveValue('')
    expect(within(dialog).getByRole('button', { name: 'Restore' })).toBeDisabled()
  })

  test('a backup that affects no signed-off assessment needs only the plain confirmation', async () => {
    const { api } = await signedAfterBackup()
    show(api)
    const user = userEvent.setup()
    await user.click(await restoreButton('after'))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(within(dialog).queryByRole('list')).toBeNull()
    expect(within(dialog).queryByLabelText(/Type RESTORE/)).toBeNull()
    expect(dialog).toHaveTextContent(/Every signed-off assessment you have now is in this backup, signed and unchanged/)
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }))
    const outcome = await screen.findByText(/Restored the backup from .*made just before the restore, listed below\./)
    // the dialog and the list it was opened from are gone: focus is on the outcome, not lost to <body>
    await waitFor(() => expect(outcome).toHaveFocus())
    expect(outcome).toHaveAttribute('role', 'status')
  })
})

describe('a backup holding a signed-off assessment under the same date but other content', () => {
  test('the dialog names it as signed differently and needs RESTORE typed', async () => {
    const finalizedAt = '2026-10-05T09:24:00.000Z'
    const fingerprint = '94bec20da1042ae21baa42732d0b8d575a0c881b4df65b335b1e9cb882f0b930'
    let confirmed = 0
    render(
      <RestoreDialog
        restoring={{
          title: 'Restore from this file?',
          source: 'the file',
          impact: {
            engagementCount: 1,
            assessmentCount: 2,
            signedOff: [
              {
                assessmentId: 'asm-lodz-2026',
                engagementName: 'Contact centre',
                vendorName: 'Baltic Voice',
                title: 'Annual 2026',
                finalizedAt,
                inBackup: { kind: 'signed-differently', fingerprint }
              }
            ],
            signedAhead: []
          }
        }}
        onConfirm={() => confirmed++}
        onCancel={() => {}}
      />
    )
    const user = userEvent.setup()
    const dialog = screen.getByRole('dialog', { name: 'Restore from this file?' })
    const items = within(within(dialog).getByRole('list', { name: 'Signed-off assessments the restore takes away' })).getAllByRole(
      'listitem'
    )
    expect(items).toHaveLength(1)
    expect(items[0]).toHaveTextContent(
      `Contact centre with Baltic Voice — Annual 2026, signed off ${formatDateTime(finalizedAt)}: the backup holds a sign-off of the same date over different content (fingerprint 94bec20da1042ae2…, not the one signed here).`
    )
    expect(dialog).toHaveTextContent(/never rotated away/)
    expect(within(dialog).queryByRole('list', { name: 'Sign-offs dated after now' })).toBeNull()
    const confirm = within(dialog).getByRole('button', { name: 'Restore' })
    expect(confirm).toBeDisabled()
    await user.type(within(dialog).getByLabelText('Type RESTORE to confirm'), 'RESTORE')
    await user.click(confirm)
    expect(confirmed).toBe(1)
  })
})

describe('a listed backup holding a sign-off dated after the time now (the clock ran ahead when it was signed)', () => {
  test('the dialog names it and says to check the clock, without asking for RESTORE when nothing signed is taken away', async () => {
    const finalizedAt = '2031-01-01T00:00:00.000Z'
    render(
      <RestoreDialog
        restoring={{
          title: 'Restore this backup?',
          source: 'the backup',
          impact: {
            engagementCount: 1,
            assessmentCount: 1,
            signedOff: [],
            signedAhead: [
              { assessmentId: 'asm-1', engagementName: 'Contact centre', vendorName: 'Baltic Voice', title: 'Annual 2030', finalizedAt }
            ]
          }
        }}
        onConfirm={() => {}}
        onCancel={() => {}}
      />
    )
    const dialog = screen.getByRole('dialog', { name: 'Restore this backup?' })
    expect(dialog).toHaveTextContent('1 signed-off assessment in this backup is dated after this computer’s time now.')
    expect(dialog).toHaveTextContent(/Check the computer’s date and time, and do not rely on that sign-off date until you know which/)
    const items = within(within(dialog).getByRole('list', { name: 'Sign-offs dated after now' })).getAllByRole('listitem')
    expect(items.map((i) => i.textContent)).toEqual([
      `Contact centre with Baltic Voice — Annual 2030, signed off ${formatDateTime(finalizedAt)}.`
    ])
    expect(within(dialog).getByRole('button', { name: 'Restore' })).toBeEnabled()
  })
})
