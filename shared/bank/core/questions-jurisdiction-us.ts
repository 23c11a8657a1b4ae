import type { CoreQuestion } from '../core-bank'

/** Structural checks for the United States: federal law and California. */
export const QUESTIONS_JURISDICTION_US: readonly CoreQuestion[] = [
  {
    id: 'US-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['us-federal'],
    prompt: 'Do your employee benefit plans exclude people who are not on your payroll, even if later reclassified?',
    plannedPrompt: 'Before signing, have you checked that your benefit plans exclude people not on your payroll?',
    help:
      'In Vizcaino v. Microsoft, long-serving workers labelled as contractors were held entitled to join ' +
      'an employee stock plan. Plan wording that excludes anyone not on the payroll "whether or not later ' +
      'determined to be an employee" has since been upheld and limits that exposure.',
    factors: ['F-BENEFIT-PLAN-WORDING', 'F-BENEFITS'],
    weight: 3,
    naAllowed: true,
    options: [
      { id: 'reclassification-proof', label: 'Yes, with "even if later reclassified" wording', risk: 0 },
      {
        id: 'general-exclusion',
        label: 'Plans exclude contractors, but without wording that covers later reclassification',
        risk: 2,
        remediation:
          'Ask your benefits counsel to add wording that excludes anyone not on your payroll, whether or ' +
          'not later found to be an employee.'
      },
      {
        id: 'not-checked',
        label: 'We have not checked the plan wording',
        risk: 2,
        remediation: 'Ask your benefits team or counsel to check the eligibility wording of each plan.'
      },
      {
        id: 'no-exclusion',
        label: 'The plans have no such exclusion',
        risk: 3,
        remediation: 'Have counsel amend the plan eligibility wording at the next plan update.'
      }
    ]
  },
  {
    id: 'US-02',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['us-federal'],
    prompt: 'Do you have evidence that the vendor pays US agents for all hours worked, including overtime?',
    plannedPrompt: 'Will you get evidence that the vendor pays US agents for all hours worked, including overtime?',
    help:
      'If you are found to be a joint employer, you are liable for all minimum wage and overtime due, with ' +
      'hours for both employers added together; an indemnity does not remove that. Evidence of correct pay ' +
      'and exempt or non-exempt classification limits the exposure.',
    factors: ['F-US-FLSA-JOINT-LIABILITY', 'F-COMPLIANCE-INDEMNITY'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'evidence',
        label: 'Yes — a payroll audit or certification covering all hours, overtime and classification',
        risk: 0
      },
      {
        id: 'clause-only',
        label: 'The contract requires it, but we have no evidence',
        risk: 1,
        remediation: 'Ask for a yearly wage-and-hour compliance certificate with a sample payroll audit.'
      },
      {
        id: 'not-checked',
        label: 'Neither a clause nor evidence',
        risk: 2,
        remediation: 'Add a wage-and-hour compliance clause with audit rights, and ask for evidence now.'
      },
      {
        id: 'issues-known',
        label: 'We know of unpaid hours, overtime or classification problems',
        risk: 4,
        remediation: 'Take legal advice now and require the vendor to correct pay for the affected period.'
      }
    ]
  },
  {
    id: 'CA-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['us-california'],
    prompt: 'Do vendor agents work at your California premises or worksite on work that is part of your usual business?',
    plannedPrompt: 'Will vendor agents work at your California premises or worksite on your usual business?',
    help:
      "California Labor Code 2810.3 makes a business share liability for the wages and workers' " +
      'compensation coverage of workers a labour contractor supplies for its usual work at its premises or ' +
      'worksite — whether or not it controls them. Small crews and small businesses are excluded; work at ' +
      "the vendor's own sites may fall outside, which counsel should confirm.",
    factors: ['F-CA-CLIENT-EMPLOYER'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'not-on-site', label: "No — agents work at the vendor's sites or remotely, not at our premises", risk: 0 },
      {
        id: 'exclusion-confirmed',
        label: 'Yes, but counsel has confirmed an exclusion applies (for example, five or fewer supplied workers)',
        risk: 0
      },
      {
        id: 'on-site-verified',
        label: "Yes, and we regularly verify wage payment and valid workers' compensation coverage",
        risk: 1,
        remediation: 'Keep the quarterly evidence on file and include it in the yearly legal review.'
      },
      {
        id: 'on-site-unverified',
        label: "Yes, and we do not verify wages or workers' compensation coverage",
        risk: 3,
        remediation: "Ask the vendor for proof of workers' compensation coverage and wage payment each quarter."
      }
    ]
  },
  {
    id: 'CA-02',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['us-california'],
    prompt: 'Are any people serving this account engaged as independent contractors, by you or by the vendor?',
    plannedPrompt: 'Will any people serving this account be engaged as independent contractors?',
    help:
      "California's ABC test presumes a worker is an employee unless they are free from control in " +
      'contract and in fact, do work outside the usual course of the hiring business, and run an ' +
      'independent trade. Freelance agents doing your customer service rarely meet all three.',
    factors: ['F-CA-ABC-TEST'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'employees-only', label: 'No, all are employees of the vendor', risk: 0 },
      {
        id: 'vendor-contractors',
        label: 'The vendor uses some independent contractors',
        risk: 3,
        remediation: 'Require the vendor to staff the account with employees, or have counsel review the ABC test.'
      },
      {
        id: 'client-contractors',
        label: 'We engage some individuals directly as independent contractors',
        risk: 4,
        remediation: 'Have counsel review these engagements under the ABC test before they continue.'
      }
    ]
  }
]
