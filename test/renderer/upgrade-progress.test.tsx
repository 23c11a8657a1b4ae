import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ArmsLengthApi, UpgradeProgress as Progress } from '@shared/ipc/contract'
import { ok } from '@shared/util/result'
import { ApiProvider } from '../../renderer/src/hooks/api-context'
import { UPGRADE_POLL_MS, UpgradeProgress } from '../../renderer/src/components/UpgradeProgress'

/** An API whose upgrade answers the given states in turn (the last one again after that). */
function fakeApi(states: (Progress | null)[]) {
  let call = 0
  return {
    getUpgradeProgress: vi.fn(async () => ok(states[Math.min(call++, states.length - 1)] ?? null))
  }
}

const running = (done: number, total = 5000): Progress => ({ state: 'running', from: 4, done, total, message: null })

function renderProgress(api: ReturnType<typeof fakeApi>, onDone = vi.fn()) {
  render(
    <ApiProvider api={api as unknown as ArmsLengthApi}>
      <button type="button">Before</button>
      <UpgradeProgress onDone={onDone} />
      <button type="button">After</button>
    </ApiProvider>
  )
  return onDone
}

afterEach(() => {
  vi.useRealTimers()
})

describe('UpgradeProgress', () => {
  it('shows a labelled, determinate progress bar that follows the upgrade, then goes and says so once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const api = fakeApi([running(0), running(1200), running(5000), { ...running(5000), state: 'done' }])
    const onDone = renderProgress(api)
    const bar = await screen.findByRole('progressbar', { name: /0 of 5,000 assessments \(0%\)/ })
    expect(bar).toHaveAttribute('max', '5000')
    expect(bar).toHaveAttribute('value', '0')
    expect(screen.getByRole('heading', { name: 'Upgrading your data file' })).toBeInTheDocument()
    expect(screen.getByText(/A backup is made first/)).toBeInTheDocument()

    await act(() => vi.advanceTimersByTimeAsync(UPGRADE_POLL_MS))
    expect(screen.getByRole('progressbar', { name: /1,200 of 5,000 assessments \(24%\)/ })).toHaveAttribute('value', '1200')
    expect(screen.queryByText('Every assessment was read; saving…')).toBeNull()
    await act(() => vi.advanceTimersByTimeAsync(UPGRADE_POLL_MS))
    expect(screen.getByRole('progressbar', { name: /5,000 of 5,000 assessments \(100%\)/ })).toBeInTheDocument()
    expect(screen.getByText('Every assessment was read; saving…')).toBeInTheDocument()
    expect(onDone).not.toHaveBeenCalled()

    await act(() => vi.advanceTimersByTimeAsync(UPGRADE_POLL_MS))
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(onDone).toHaveBeenCalledTimes(1)
    // polling stopped once it was over
    await act(() => vi.advanceTimersByTimeAsync(UPGRADE_POLL_MS * 4))
    expect(api.getUpgradeProgress).toHaveBeenCalledTimes(4)
  })

  it('is not modal: the keyboard moves past it as through the rest of the page', async () => {
    const user = userEvent.setup()
    renderProgress(fakeApi([running(10)]))
    await screen.findByRole('progressbar')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus()
  })

  it('says when only stale results are scored again', async () => {
    renderProgress(fakeApi([{ state: 'running', from: null, done: 3, total: 7, message: null }]))
    expect(await screen.findByRole('heading', { name: 'Updating stored results' })).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: /3 of 7 assessments \(43%\)/ })).toBeInTheDocument()
  })

  it('shows nothing when no upgrade ran, and tells the caller it is over', async () => {
    const onDone = renderProgress(fakeApi([null]))
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(null))
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.queryByRole('heading')).toBeNull()
  })

  it('a failed upgrade is an alert that says nothing was changed', async () => {
    const message = 'Before upgrading the data file, a backup of it could not be made (disk full). Nothing was changed.'
    const onDone = renderProgress(fakeApi([{ state: 'failed', from: 4, done: 5000, total: 5000, message }]))
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.getByRole('alert')).toHaveTextContent('Your data is unchanged')
    expect(onDone).toHaveBeenCalledTimes(1)
  })
})
