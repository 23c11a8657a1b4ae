import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { BUILTIN_BANKS } from '../fixtures/builtin-banks'
import { CSV_BOM, csvField, neutraliseFormula, toCsv } from '@shared/portfolio/csv'
import { portfolioCsv } from '@shared/portfolio/portfolio-csv'
import { ACTION_PLAN_HEADER, actionPlansCsv, actionStatus } from '@shared/portfolio/action-plans-csv'
import { portfolioRows } from '@shared/portfolio/portfolio-rows'
import { scoreAssessment } from '@shared/scoring/score'
import { BAND_LABELS } from '@shared/report/labels'
import { assessment, BANK, engagement, LOW_ANSWERS, RED_FLAG_ANSWERS } from '../helpers/portfolio-fixtures'

/**
 * A strict RFC 4180 reader written for these tests: records end in CRLF, fields are separated by
 * commas, a quoted field may hold commas, CR, LF and doubled quotes. Anything else is an error, so a
 * sloppy writer fails here rather than in a spreadsheet.
 */
function parseCsv(text: string): string[][] {
  if (!text.startsWith(CSV_BOM)) throw new Error('no BOM')
  const s = text.slice(CSV_BOM.length)
  const records: string[][] = []
  let record: string[] = []
  let i = 0
  while (i < s.length) {
    let field = ''
    if (s[i] === '"') {
      i += 1
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quoted field')
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i += 1
          break
        }
        field += s[i]
        i += 1
      }
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') throw new Error(`bare quote at ${i}`)
        field += s[i]
        i += 1
      }
    }
    record.push(field)
    if (s[i] === ',') {
      i += 1
      continue
    }
    if (s.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}, saw ${JSON.stringify(s.slice(i, i + 2))}`)
    i += 2
    records.push(record)
    record = []
  }
  return records
}

const FORMULA = /^[=+\-@\t\r]/

/** Any UTF-16 code unit, lone surrogates included. fast-check's 'binary' unit took ~17 ms a string here. */
const CODE_UNIT = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))

describe('CSV writer', () => {
  test('property: any string survives a round trip, neutralised only when it would be a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: CODE_UNIT, maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (a, b) => {
        const [record, ...rest] = parseCsv(toCsv([[a, b]]))
        expect(rest).toEqual([])
        expect(record).toEqual([neutraliseFormula(a), neutraliseFormula(b)])
        if (!FORMULA.test(a)) expect(record![0]).toBe(a)
        else expect(record![0]).toBe(`'${a}`)
      }),
      { numRuns: 1000 }
    )
  })

  test('property: tables of awkward strings keep their shape and content', () => {
    const awkward = fc.string({ unit: fc.constantFrom('a', 'ł', '"', ',', '\r', '\n', ' ', '=', '-', '€', '😀'), maxLength: 8 })
    fc.assert(
      fc.property(fc.array(fc.array(awkward, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (table) => {
        expect(parseCsv(toCsv(table))).toEqual(table.map((r) => r.map(neutraliseFormula)))
      })
    )
  })

  test('formula cells get a leading apostrophe; numbers stay numbers', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1:A2)', '\tcmd', '\r=1']) {
      expect(parseCsv(toCsv([[evil]]))[0]![0]).toBe(`'${evil}`)
    }
    expect(csvField('a=b')).toBe('a=b')
    expect(csvField(-3.5)).toBe('-3.5')
    expect(csvField(null)).toBe('')
    expect(csvField(Number.NaN)).toBe('')
  })

  test('BOM first, CRLF after every record (the last included), quotes only where needed', () => {
    const csv = toCsv([
      ['a', 'b, c'],
      ['say "hi"', ' padded']
    ])
    expect(csv).toBe('\uFEFFa,"b, c"\r\n"say ""hi"""," padded"\r\n')
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })
})

function seed() {
  const engagements = [
    engagement('e1', { vendorName: 'Łódź Services Sp. z o.o.', owner: 'Zoë Kowalczyk' }),
    engagement('e2', { vendorName: '=Çağrı Merkezi A.Ş.', name: 'Collections, Türkiye', deliveryCountries: ['TR'] }),
    engagement('e3', { vendorName: 'Archived BV', status: 'archived' })
  ]
  const assessments = [
    assessment('a1', 'e1', LOW_ANSWERS, { finalizedAt: '2025-04-20T10:00:00.000Z', title: 'Annual 2025 — Łódź' }),
    assessment('a2', 'e2', RED_FLAG_ANSWERS, {
      actions: { 'SUP-04': { owner: 'Ines Ortiz', targetDate: '2026-05-01' }, 'SUP-01': { owner: 'Ines Ortiz' } }
    }),
    assessment('a3', 'e3', RED_FLAG_ANSWERS)
  ]
  return { engagements, assessments }
}

/** Every record ends in CRLF and there are no bare LFs outside quoted fields: checked by the parser. */
function table(csv: string): Record<string, string>[] {
  const [header, ...records] = parseCsv(csv)
  return records.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])))
}

describe('portfolio CSV', () => {
  test('one line per row with section score and band pairs, names exact', () => {
    const { engagements, assessments } = seed()
    const csv = portfolioCsv(portfolioRows(engagements, assessments, BUILTIN_BANKS, '2026-03-10'), BANK)
    expect(csv.startsWith('\uFEFFVendor,Engagement,Owner,')).toBe(true)
    const [header] = parseCsv(csv)
    expect(header).toContain(`${BANK.sections[0]!.title} score`)
    expect(header).toContain(`${BANK.sections[0]!.title} band`)
    const lines = table(csv)
    expect(lines).toHaveLength(2)
    // rows come by vendor name; "=" sorts before letters
    expect(lines.map((l) => l.Vendor)).toEqual(["'=Çağrı Merkezi A.Ş.", 'Łódź Services Sp. z o.o.'])
    expect(lines[1]).toMatchObject({
      Vendor: 'Łódź Services Sp. z o.o.',
      Owner: 'Zoë Kowalczyk',
      Assessment: 'Annual 2025 — Łódź',
      'Assessment status': 'Final',
      // Two questions answered: never shown as Low (issue 11, item 3); the computed band is given as provisional.
      Information: 'Insufficient information',
      'Overall band': 'Insufficient information',
      'Provisional band (insufficient information)': 'Low',
      // a section without enough answers: the state and its provisional score, never a band word, as the
      // heat map's "Insuff. (0.0)" says it (vendor-manager review: the CSV said "(provisional Low)")
      'Supervision & direction band': 'Insufficient information',
      'Supervision & direction score': '0',
      // nothing answered in the section: "Not assessed", as the heat map cell says, with no score
      'Hiring, removal & discipline score': '',
      'Hiring, removal & discipline band': 'Not assessed',
      'Local legal requirements band': 'Not applicable',
      'Next assessment due': '2026-04-20',
      'Due status': 'Due within 60 days',
      'Final scores, oldest first': '2025-04-20: 0.0 (insufficient information)'
    })
    // the vendor name that looks like a formula is shown as text
    expect(lines[0]).toMatchObject({
      Vendor: "'=Çağrı Merkezi A.Ş.",
      Engagement: 'Collections, Türkiye',
      'Assessment status': 'Draft',
      'Red flags': '1',
      'Due status': 'Overdue'
    })
    expect(Number(lines[0]!['Overall score'])).toBeGreaterThan(0)
  })
  test('a row never assessed, and one whose bank is missing, say so in the band column as the heat map does', () => {
    const { engagements, assessments } = seed()
    const rows = portfolioRows(
      [...engagements, engagement('e4', { vendorName: 'Zenith Contact' })],
      assessments,
      BUILTIN_BANKS,
      '2026-03-10'
    )
    // the dashboard says "Could not be scored." for a row whose assessment has no bank here
    const unscorable = { ...rows[1]!, overall: null, sufficiency: null, sections: {}, problem: 'Bank missing' }
    const lines = table(portfolioCsv([rows[0]!, unscorable, rows[2]!], BANK))
    expect(lines.map((l) => [l.Information, l['Overall band'], l['Overall score']])).toEqual([
      ['Insufficient information', 'Insufficient information', lines[0]!['Overall score']],
      ['Could not be scored', 'Could not be scored', ''],
      ['Not assessed', 'Not assessed', '']
    ])
    expect(lines[2]!.Vendor).toBe('Zenith Contact')
    // no band word anywhere for a result without enough information
    const bandColumns = Object.keys(lines[0]!).filter((k) => / band$/.test(k) && k !== 'Overall band')
    expect(bandColumns.map((k) => lines[0]![k] ?? '').filter((v) => /Low|Moderate|High|Critical/.test(v))).toEqual([])
  })
})

describe('action plans CSV', () => {
  test('one line per remediation action of each active engagement, with owner, date and status', () => {
    const { engagements, assessments } = seed()
    const csv = actionPlansCsv(engagements, assessments, BUILTIN_BANKS, '2026-03-10')
    expect(parseCsv(csv)[0]).toEqual([...ACTION_PLAN_HEADER])
    const lines = table(csv)
    // the low engagement has nothing to remediate; the archived one is left out. The order is the engine's
    // step order: both answers are decisive (daily direction of agents, a knock-out review of individuals).
    const engine = scoreAssessment({ bank: BANK, profiles: [], kind: 'annual', answers: RED_FLAG_ANSWERS }).remediation
    expect(lines.map((l) => l['Question ID'])).toEqual(engine.map((r) => r.questionId))
    expect(lines.map((l) => l['Question ID'])).toEqual(['SUP-01', 'SUP-04'])
    expect(lines.map((l) => l.Step)).toEqual(['1', '2'])
    expect(lines[1]).toMatchObject({
      Engagement: 'Collections, Türkiye',
      Vendor: "'=Çağrı Merkezi A.Ş.",
      'Assessment status': 'Draft',
      Section: 'Supervision & direction',
      'Lifts a decisive factor': 'Yes',
      'Clears red flag': 'Yes',
      Owner: 'Ines Ortiz',
      'Target date': '2026-05-01',
      Status: 'Planned'
    })
    expect(lines[1]!.Question).toMatch(/performance/)
    expect(lines[1]!.Action).toMatch(/^Hand individual reviews/)
    // Each step is measured after the earlier ones: the next step starts where this one ends.
    expect(lines[1]!['Score before']).toBe(lines[0]!['Score after'])
    expect(Number(lines[1]!['Risk removed'])).toBeGreaterThan(0)
    expect(lines[0]).toMatchObject({ Owner: 'Ines Ortiz', 'Target date': '', Status: 'No target date', 'Lifts a decisive factor': 'Yes' })
    // a handful of answers is too little information: the band after a step is provisional, never a plain 'Low'
    const result = scoreAssessment({ bank: BANK, profiles: [], kind: 'annual', answers: RED_FLAG_ANSWERS })
    expect(result.sufficiency.status).not.toBe('sufficient')
    // and a Low on so little is not named at all (counsel and vendor-manager reviews)
    expect(lines.map((l) => l['Band after'])).toEqual(
      engine.map((r) => (r.newBand === 'low' ? 'no band yet' : `${BAND_LABELS[r.newBand]}, provisional`))
    )
  })

  test('accented names come through exactly, and the file is BOM + CRLF', () => {
    const { engagements } = seed()
    const e1 = { ...engagements[0]!, vendorName: 'Société Générale Côte d’Ivoire — Łódź' }
    const a1 = assessment('a1', 'e1', RED_FLAG_ANSWERS)
    const csv = actionPlansCsv([e1], [a1], BUILTIN_BANKS)
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(table(csv).every((l) => l.Vendor === 'Société Générale Côte d’Ivoire — Łódź')).toBe(true)
  })

  test('the status of an action comes from its plan', () => {
    expect(actionStatus(undefined)).toBe('Not assigned')
    expect(actionStatus({ owner: '  ' })).toBe('Not assigned')
    expect(actionStatus({ owner: '', targetDate: '2026-01-01' })).toBe('No owner')
    expect(actionStatus({ owner: 'Zoë' })).toBe('No target date')
    expect(actionStatus({ owner: 'Zoë', targetDate: '2026-01-01' })).toBe('Planned')
    expect(actionStatus({ owner: 'Zoë', targetDate: '2026-01-01' }, '2026-01-02')).toBe('Past target date')
  })

  test('an empty portfolio still gives a header line', () => {
    expect(actionPlansCsv([], [], BUILTIN_BANKS)).toBe(`${CSV_BOM}${ACTION_PLAN_HEADER.join(',')}\r\n`)
  })
})
