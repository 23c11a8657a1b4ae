/**
 * Content hashes (SHA-256 of the canonical JSON) of the built-in banks as released. A final assessment's
 * fingerprint covers its bank's content, so a released bank never changes: editing one means archiving it
 * (`node scripts/archive-core-bank.mjs`) and releasing the change under a new version, with its hash here.
 * test/shared/released-banks.test.ts recomputes each one from the content.
 */
export const RELEASED_BANK_HASHES: Readonly<Record<string, string>> = {
  'armslength-core@2026.1': 'a8513aedf2f4a5965e9633975f24f8617e2faeed969967f7100226ad543ae94f',
  'armslength-core@2026.2': 'bec54ac08fc91df649535b1ba86909002f6eb541af0ee14fcdcc24947b12ddf2',
  // 2026.3 keeps the hash it was released with: 2026.4 changed the bank under a new version, and the 2026.3
  // archive (shared/bank/archive/armslength-core-2026-3.ts) is checked against this very hash when it loads
  'armslength-core@2026.3': '42dc6fcf5369438c6f8edcd5bc47504ebe872e283d3686ae44715b189f709802',
  // 2026.4 likewise, archived when 2026.5 changed verdict wording and added answersCap (shared/bank/archive/armslength-core-2026-4.ts)
  'armslength-core@2026.4': 'f21f6835d7aa90faaac7284529d85cc6b1e8ee7a8c9ac47af7bc0ffa0d6d3ee6',
  // 2026.5 likewise, archived when 2026.6 encoded the rebuttal of the Philippine registration presumption
  'armslength-core@2026.5': '3b2d92420aa2135d046b68a1953000f63107f34cfdeef08bcdd6fde043422660',
  // 2026.6 likewise, archived when 2026.7 closed employment counsel's open points (India discipline, PAY-04, PH-03)
  'armslength-core@2026.6': '2905a49638fc32079f13248a7706ce0e4a180a3bf01df4530b087c657f13076a',
  // 2026.7 likewise, archived when 2026.8 stopped counting unconfirmed carried answers as settled
  'armslength-core@2026.7': '46ae045f283628d4a9e23c8bcef609c6fb860695267c1d60a4813258ef056f0c',
  'armslength-core@2026.8': '7e6be2bf53a3e63445970a9b5efe9eb661fa6a7664ffbbc1c0a7ac81fc9cd60e'
}
