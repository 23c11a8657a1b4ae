import fc from 'fast-check'
import { afterEach, describe, expect, test } from 'vitest'
import { portableSha256Hex, sha256Hex, useHostSha256 } from '@shared/integrity/sha256'
import { fingerprintAssessment } from '@shared/integrity/fingerprint'
import { NATIVE_SHA256, installNativeSha256 } from '../../electron/main/native-sha256'
import { readExampleEngagement } from '../helpers/example-report'

describe("Node's SHA-256 in the Node hosts (desktop, command line, PDF workers)", () => {
  afterEach(() => useHostSha256(null))

  test('gives the portable digest of any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (text) => {
        expect(NATIVE_SHA256(text)).toBe(portableSha256Hex(text))
      }),
      { numRuns: 60 }
    )
  })

  test('installed, every fingerprint is the same as without it', () => {
    const { assessments } = readExampleEngagement('managed-contact-centre.json')
    const before = assessments.map(fingerprintAssessment)
    installNativeSha256()
    expect(assessments.map(fingerprintAssessment)).toEqual(before)
    // and a signed final's recorded fingerprint still matches
    const final = assessments.find((a) => a.status === 'final')
    expect(final && fingerprintAssessment(final)).toBe(final?.signOff?.fingerprint)
  })

  test('a host SHA-256 that gives another digest is refused, and the portable one stays', () => {
    // right on ASCII, wrong on anything else (as a host hashing Latin-1 or UTF-16 bytes would be)
    const utf16 = (text: string): string =>
      [...text].every((ch) => ch.charCodeAt(0) < 0x80) ? NATIVE_SHA256(text) : NATIVE_SHA256(`${text}!`)
    expect(() => useHostSha256(utf16)).toThrow(/another digest/)
    expect(sha256Hex('Łódź')).toBe(portableSha256Hex('Łódź'))
  })
})
