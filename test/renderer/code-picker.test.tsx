import { describe, expect, test, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CodePicker } from '../../renderer/src/components/CodePicker'
import { COUNTRIES, type CountryCode } from '@shared/schemas/countries'

function setup() {
  const onChange = vi.fn<(next: CountryCode[]) => void>()
  const codes = Object.keys(COUNTRIES) as CountryCode[]
  render(
    <CodePicker
      id="countries"
      label="Delivery countries"
      options={codes}
      labelFor={(c) => COUNTRIES[c]}
      value={[]}
      onChange={onChange}
      searchLabel="Find a country by name or code"
    />
  )
  return { onChange, user: userEvent.setup() }
}

describe('country picker search', () => {
  test('a full code typed in the search ("DE") adds that country with Enter, though other names start with it', async () => {
    const { onChange, user } = setup()
    await user.type(screen.getByLabelText('Find a country by name or code'), 'DE{Enter}')
    expect(onChange).toHaveBeenCalledWith(['DE'])
  })

  test('a full name typed ("India") adds that country with Enter, though it starts another (British Indian Ocean Territory)', async () => {
    const { onChange, user } = setup()
    await user.type(screen.getByLabelText('Find a country by name or code'), 'India{Enter}')
    expect(onChange).toHaveBeenCalledWith(['IN'])
  })

  test('Enter on several matches adds nothing and says so, until one is chosen', async () => {
    const { onChange, user } = setup()
    await user.type(screen.getByLabelText('Find a country by name or code'), 'gui{Enter}')
    expect(onChange).not.toHaveBeenCalled()
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ match “gui”: choose one in the list, then Add\.$/)
    await user.type(screen.getByLabelText('Find a country by name or code'), 'nea-b')
    expect(screen.getByRole('status').textContent).toBe('')
  })

  test("the code's own country is listed first and preselected (IN is India, not Indonesia)", async () => {
    const { user } = setup()
    await user.type(screen.getByLabelText('Find a country by name or code'), 'in')
    const select = screen.getByLabelText('Add to Delivery countries') as HTMLSelectElement
    expect(select.value).toBe('IN')
    expect([...select.options].slice(1, 2).map((o) => o.value)).toEqual(['IN'])
    expect(screen.getByRole('button', { name: 'Add' })).toBeEnabled()
  })

  test('pressing Add leaves focus on the search box for the next code, not on the page (the button is disabled once used)', async () => {
    const { onChange, user } = setup()
    await user.type(screen.getByLabelText('Find a country by name or code'), 'germ')
    await user.click(screen.getByRole('button', { name: 'Add' }))
    expect(onChange).toHaveBeenCalledWith(['DE'])
    expect(screen.getByLabelText('Find a country by name or code')).toHaveFocus()
  })
})
