import type { Source } from '../bank-schema'

/** Practitioner and industry guidance: how clients and vendors keep the line in practice. */
export const SOURCES_PRACTICE = [
  // Practice guidance
  {
    id: 'S-ASA-QUICK-FACTS',
    kind: 'industry-practice',
    citation: 'American Staffing Association, "Legal Quick Facts" and policy agenda (staffing-firm and client roles)',
    jurisdiction: 'United States (practice)',
    url: 'https://americanstaffing.net/workforce-solutions-for-staffing-clients/staffing-employment-law/legal-quick-facts/'
  },
  {
    id: 'S-AMS-GOVERNANCE',
    kind: 'commentary',
    citation: 'AMS, guidance on separating management of the work from management of the workers',
    jurisdiction: 'General (practice)',
    url: 'https://www.weareams.com/?p=79402'
  },
  {
    id: 'S-SIA-SOW',
    kind: 'commentary',
    citation:
      'Staffing Industry Analysts, "Driving SOW adoption" and "Managing variety in SOW solution partners": ' +
      'staff augmentation versus statement-of-work services',
    jurisdiction: 'General (practice)',
    url: 'https://cwstrategies.staffingindustry.com/driving-sow-adoption-the-name-is-key/'
  },
  {
    id: 'S-SIA-DEFINITION',
    kind: 'commentary',
    citation: 'Staffing Industry Analysts definition of co-employment, as cited by Beeline',
    jurisdiction: 'General (practice)',
    url: 'https://beeline.com/resources/biggest-risks-contingent-workforce-program-mitigate'
  },
  {
    id: 'S-UNIFORCE-GUIDELINES',
    kind: 'industry-practice',
    citation: 'Uniforce, co-employment guidelines for clients of contingent workers',
    jurisdiction: 'United States (practice)',
    url: 'http://uniforce.com/Co-Employment.asp'
  },
  {
    id: 'S-HIREGENICS-CHECKLIST',
    kind: 'commentary',
    citation: 'Hiregenics, indirect labour acquisition contractual checklist',
    jurisdiction: 'United States (practice)',
    url: 'http://hiregenics.acsicorp.com/hiregenicsblog/indirect-labor-acquisition-contractual-checklist'
  },
  {
    id: 'S-VENDOR-CONTRACTS-2013',
    kind: 'commentary',
    citation:
      'Fox Rothschild, "Do you know what your vendor contracts say?" (2013); JD Supra, "Top 5 provisions ' +
      'for your staffing agreements"',
    jurisdiction: 'United States (practice)',
    url: 'https://californiaemploymentlaw.foxrothschild.com/2013/08/articles/employment-litigation/do-you-know-what-your-vendor-contracts-say/'
  },
  {
    id: 'S-INDEMNITY-LIMITS-2017',
    kind: 'commentary',
    citation: 'Who Is My Employee?, "Why your standard vendor labor contract is risky business" (13 February 2017)',
    jurisdiction: 'United States (practice)',
    url: 'https://whoismyemployee.com/2017/02/13/why-your-standard-vendor-labor-contract-is-risky-business-starring-tom-cruise/'
  },
  {
    id: 'S-IN-WAGE-OVERSIGHT-2013',
    kind: 'commentary',
    citation:
      'Archana Bala, "Liabilities of a principal employer under the Contract Labour (Regulation and ' +
      'Abolition) Act, 1970" (8 June 2013)',
    jurisdiction: 'India',
    profiles: ['india']
  },
  {
    id: 'S-SEED-BENSON',
    kind: 'commentary',
    citation:
      '"How do we improve our BPOs while avoiding co-employment risks?", practitioner article by Teal ' +
      'Benson (with Judi Bolden, COPC Inc.): six practice areas for BPO governance',
    jurisdiction: 'General (practice)'
  }
] as const satisfies readonly Source[]
