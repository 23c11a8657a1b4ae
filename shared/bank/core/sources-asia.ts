import type { Source } from '../bank-schema'

/** Authorities for the Philippines and India. */
export const SOURCES_ASIA = [
  // Philippines
  {
    id: 'S-PH-LABOR-CODE-106',
    kind: 'legislation',
    citation: 'Labor Code of the Philippines, Articles 106 to 109 (contracting and subcontracting)',
    jurisdiction: 'Philippines',
    profiles: ['philippines'],
    url: 'https://lawphil.net/statutes/presdecs/pd1974/pd_442_1974.html'
  },
  {
    id: 'S-PH-DO-174-2017',
    kind: 'regulation',
    citation:
      'DOLE Department Order No. 174, Series of 2017 (March 2017): rules on contracting and ' +
      'subcontracting, registration, substantial capital and prohibited practices',
    jurisdiction: 'Philippines',
    profiles: ['philippines']
  },
  {
    id: 'S-PH-DC-01-2017',
    kind: 'regulator-guidance',
    citation:
      'DOLE Department Circular No. 01, Series of 2017 (13 June 2017): D.O. 174 does not cover business ' +
      'process outsourcing and other IT-enabled services involving an entire or specific business process',
    jurisdiction: 'Philippines',
    profiles: ['philippines']
  },
  {
    id: 'S-PH-DC-01-2012',
    kind: 'regulator-guidance',
    superseded: {
      how: 'replaced',
      note: 'Replaced by Department Circular No. 01, Series of 2017, which states that D.O. 174 does not cover business process outsourcing.',
      by: ['S-PH-DC-01-2017']
    },
    citation: 'DOLE Department Circular No. 01, Series of 2012 (predecessor BPO clarification)',
    jurisdiction: 'Philippines',
    profiles: ['philippines']
  },
  {
    id: 'S-PH-ALILIN-2014',
    kind: 'judgment',
    citation: 'Alilin v. Petron Corp., G.R. No. 177592 (Supreme Court of the Philippines, June 2014)',
    jurisdiction: 'Philippines',
    profiles: ['philippines'],
    url: 'https://lawphil.net/judjuris/juri2014/jun2014/gr_177592_2014.html'
  },
  // since 2026.8 (counsel review): reality over the label under Philippine law, in a principal-contractor case
  {
    id: 'S-PH-TABAS-1989',
    kind: 'judgment',
    citation:
      'Tabas v. California Manufacturing Co., G.R. No. 80680, 26 January 1989 (Supreme Court of the Philippines): the ' +
      'existence of an employment relationship is a question of law and cannot be made the subject of agreement',
    jurisdiction: 'Philippines',
    profiles: ['philippines'],
    url: 'https://lawphil.net/judjuris/juri1989/jan1989/gr_80680_1989.html'
  },
  // since 2026.8 (counsel review): the four-fold test, so the hiring and discipline factors cite Philippine authority
  {
    id: 'S-PH-SONZA-2004',
    kind: 'judgment',
    citation:
      'Sonza v. ABS-CBN Broadcasting Corp., G.R. No. 138051, 10 June 2004 (Supreme Court of the Philippines): the four-fold ' +
      'test (selection and engagement, payment of wages, power of dismissal, power of control), control the most important',
    jurisdiction: 'Philippines',
    profiles: ['philippines'],
    url: 'https://lawphil.net/judjuris/juri2004/jun2004/gr_138051_2004.html'
  },
  {
    id: 'S-PH-ALIVIADO',
    kind: 'judgment',
    // the G.R. number and date since 2026.6 (counsel review), as the validation case file cites it
    citation: 'Aliviado v. Procter & Gamble Philippines, Inc., G.R. No. 160506, 9 March 2010 (Supreme Court of the Philippines)',
    jurisdiction: 'Philippines',
    profiles: ['philippines'],
    url: 'https://lawphil.net/judjuris/juri2010/mar2010/gr_160506_2010.html'
  },
  {
    id: 'S-PH-NDV-CONTROL-TEST',
    kind: 'commentary',
    citation:
      'NDV Law, "The Control Test: Preventing Illegal Labor-Only Contracting in Business Process ' +
      'Outsourcing (BPO)" (practitioner guidance)',
    jurisdiction: 'Philippines',
    profiles: ['philippines']
  },
  // India
  {
    id: 'S-IN-CLRA-1970',
    kind: 'legislation',
    superseded: {
      how: 'repealed',
      note: 'Repealed by the Occupational Safety, Health and Working Conditions Code, 2020, in force from 21 November 2025, which now sets the contractor licence and the bar on contract labour in core activities. Judgments decided under the 1970 Act are still cited for the sham-contract test.',
      by: ['S-IN-OSH-CODE-2020']
    },
    citation:
      'Contract Labour (Regulation and Abolition) Act, 1970: registration of the principal employer, ' +
      'contractor licence, section 10 prohibition, sections 20 and 21 (amenities and wages)',
    jurisdiction: 'India',
    profiles: ['india']
  },
  {
    id: 'S-IN-OSH-CODE-2020',
    kind: 'legislation',
    citation:
      'Occupational Safety, Health and Working Conditions Code, 2020 (in force 21 November 2025; rules ' +
      'pending): single contractor licence, 50-worker threshold, default ban on contract labour in core ' +
      'activities',
    jurisdiction: 'India',
    profiles: ['india']
  },
  {
    id: 'S-IN-SAIL-2001',
    kind: 'judgment',
    citation: 'Steel Authority of India Ltd. v. National Union Waterfront Workers, (2001) 7 SCC 1',
    jurisdiction: 'India',
    profiles: ['india']
  },
  {
    id: 'S-IN-IAAI-2009',
    kind: 'judgment',
    citation: "International Airport Authority of India v. International Air Cargo Workers' Union (Supreme Court of India, 2009)",
    jurisdiction: 'India',
    profiles: ['india']
  },
  {
    id: 'S-IN-BALWANT-RAI-2014',
    kind: 'judgment',
    citation: 'Balwant Rai Saluja v. Air India Ltd., (2014) 9 SCC 407',
    jurisdiction: 'India',
    profiles: ['india']
  },
  {
    id: 'S-IN-HSEB-1999',
    kind: 'judgment',
    citation: 'Secretary, Haryana State Electricity Board v. Suresh (Supreme Court of India, 1999)',
    jurisdiction: 'India',
    profiles: ['india'],
    url: 'https://sooperkanoon.com/case/amp/649203/secretary-h-s-e-b-vs-suresh-ors-etc'
  },
  {
    id: 'S-IN-BHILWARA-2011',
    kind: 'judgment',
    citation: 'Bhilwara Dugdh Utpadak Sahakari S. Ltd. v. Vinod Kumar Sharma (Supreme Court of India, 2011)',
    jurisdiction: 'India',
    profiles: ['india'],
    url: 'https://legalauthority.in/judgement/bhilwara-dugdh-utpadak-sahakari-s-ltd-vs-vinod-kumar-sharma-dead-by-lrs-7892'
  },
  {
    id: 'S-IN-HUSSAINBHAI-1978',
    kind: 'judgment',
    citation:
      'Hussainbhai, Calicut v. Alath Factory Thozhilali Union, AIR 1978 SC 1410; (1978) 4 SCC 257: where the ' +
      'management supplies the work, the premises and the materials and controls the work, intermediate ' +
      'contractors do not break the employment relationship',
    jurisdiction: 'India',
    profiles: ['india']
  }
] as const satisfies readonly Source[]
