import { mkdtempSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { closingBracket, countEngagementsIn } from '../../electron/main/persistence/engagement-count'

describe('counting the engagements of a backup file for the backup list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'al-count-'))
  const file = join(dir, 'backup.json')
  afterEach(async () => {
    await rm(file, { force: true })
  })

  test('reads only the head of our own backups, brackets and quotes inside names notwithstanding', async () => {
    const engagements = [
      { id: 'a', name: 'Tricky ] } [ { "quoted" \\ name' },
      { id: 'b', name: 'Łódź' }
    ]
    // the assessments after the head are not even JSON: a whole parse would fail, the head read does not need it
    await writeFile(file, `${JSON.stringify({ schemaVersion: 3, engagements }).slice(0, -1)},"assessments":[ NOT JSON`)
    expect(await countEngagementsIn(file)).toBe(2)
  })

  test('any other layout (an old store copied as it was, pretty-printed) is parsed whole', async () => {
    await writeFile(file, JSON.stringify({ engagements: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], schemaVersion: 2 }, null, 2))
    expect(await countEngagementsIn(file)).toBe(3)
  })

  test('a file that is not a store counts 0, a file that is gone is null', async () => {
    await writeFile(file, 'garbage')
    expect(await countEngagementsIn(file)).toBe(0)
    expect(await countEngagementsIn(join(dir, 'gone.json'))).toBeNull()
  })

  test('closingBracket finds the end of an array only outside strings, and says when the text ends first', () => {
    const text = '[1,"]",[2,{"a":"}"}]] tail'
    expect(closingBracket(text, 0)).toBe(text.indexOf(' tail') - 1)
    expect(closingBracket('[1,[2', 0)).toBeNull()
  })
})
