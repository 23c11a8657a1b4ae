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
      'In Vizcaino v. Microsoft, long-serving workers labelled as contractors, whom Microsoft conceded were ' +
      'its common-law employees, were held entitled to join an employee stock plan. Plan wording that ' +
      'excludes anyone not on the payroll "whether or not later determined to be an employee" has since ' +
      'been upheld and limits that exposure.',
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
        unknown: true,
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
  // The FLSA economic-reality factors the bank lacked until 2026.3 (Zheng; Torres-Lopez). Premises, equipment,
  // supervision, the agents' share of time and their tenure are asked elsewhere (INT-01, TLS-01, SUP-01,
  // INT-07, INT-03) and are not asked again; the independent-contractor factors (the workers' investment,
  // initiative, profit or loss) do not tell one employer of an employed agent from another (Zheng).
  {
    id: 'US-03',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['us-federal'],
    prompt: 'Do the agents do one step of your own process, or run a complete service for you?',
    plannedPrompt: 'Will the agents do one step of your own process, or run a complete service for you?',
    help:
      "US courts applying the FLSA ask whether workers do a discrete line job integral to the client's own " +
      "process: work that reaches them from the client's staff or systems and goes on to the client's staff, " +
      'done to its procedures, like a step on a production line. That points to joint employment even where ' +
      'the client does not hire, pay or schedule anyone (Zheng; Torres-Lopez; Rutherford). A complete service ' +
      'the vendor runs end to end with its own methods, of a kind commonly outsourced, weighs little.',
    factors: ['F-US-LINE-JOB'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'complete-service',
        label:
          'A complete service the vendor runs end to end with its own methods and managers, handing back the ' +
          'results (for example a whole support channel, or a back-office process from intake to completion)',
        risk: 0
      },
      {
        id: 'vendor-run-step',
        label: 'One step of our process, but the vendor decides how the step is done, with its own methods and procedures',
        risk: 1,
        remediation:
          "Agree the result and the hand-over points with the vendor, and leave how the step is done to the vendor's own methods."
      },
      {
        id: 'line-step',
        label:
          'One step of our own process, done to our procedures: work reaches the agents from our staff or ' +
          'systems and goes on to our staff',
        risk: 3,
        remediation:
          'Ask counsel whether the step can be handed to the vendor as a whole service with its own methods and ' +
          "results; meanwhile keep procedures and hand-overs at account level, through the vendor's leads."
      }
    ]
  },
  {
    id: 'US-04',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['us-federal'],
    prompt: 'Does the vendor have a business of its own beyond your account — other clients it could move this team and its managers to?',
    plannedPrompt:
      'Will the vendor have a business of its own beyond your account — other clients it could move this team and its managers to?',
    help:
      "Under the FLSA's economic-reality test a contractor that serves several clients, and whose " +
      "organisation could move as a unit to another client's work, is unlikely to be a mere conduit for " +
      'yours; one that exists for your account alone points to you as a joint employer (Zheng; Torres-Lopez; ' +
      'in Rutherford the contractor had no business that could shift elsewhere). This is about the ' +
      "vendor's business: how much of the agents' own time goes to you is asked separately.",
    factors: ['F-US-CONTRACTOR-BUSINESS'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'many-clients',
        label: 'Yes — the vendor provides this kind of service to other clients, and our account is a small part of its business',
        risk: 0
      },
      {
        id: 'main-client',
        label: 'It has other clients, but our account is most of its business at the site or in the country that serves us',
        risk: 1,
        remediation:
          'Keep evidence that the vendor runs a business of its own (other clients, its own managers and ' +
          'methods), and avoid terms that stop it serving other clients.'
      },
      {
        id: 'depends-on-us',
        label: 'No — the vendor, or the operation that serves us, works only or almost only for us and has no other business to move to',
        risk: 3,
        remediation:
          'Take legal advice: a vendor that exists for your account alone is weak evidence of an independent ' +
          'employer. Prefer a vendor with a business of its own, and do not restrict it from serving other clients.'
      }
    ]
  },
  {
    id: 'US-05',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['us-federal'],
    prompt: 'If the work moved to another vendor, would the same agents carry on doing it?',
    plannedPrompt: 'If the work later moved to another vendor, would the same agents be expected to carry on doing it?',
    help:
      'Where a contract can pass from one contractor to another while the same people go on doing the same ' +
      "work, the workers are tied to the client's operation rather than to any contractor: one of the facts on " +
      'which the Supreme Court found employment in Rutherford, and a factor Zheng and Torres-Lopez apply. A ' +
      "change of vendor that brings the new vendor's own people, managers and methods points the other way.",
    factors: ['F-US-SUCCESSIVE-CONTRACTORS'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'new-vendor-own-team',
        label: 'No — a new vendor would do the work with its own people, managers and methods; the agents stay with their employer',
        risk: 0
      },
      {
        id: 'some-would-move',
        label: 'Some agents might move to a new vendor by their own choice, but it would run the work its own way',
        risk: 1,
        remediation:
          'Leave any move to the agents and the new vendor, and never make keeping the same people a condition of a change of vendor.'
      },
      {
        id: 'same-people-same-work',
        label: 'Yes — the same agents would carry on the same work much as before (it has happened, or we or the contract expect it)',
        risk: 3,
        remediation:
          'Take legal advice before the next change of vendor; do not require the incoming vendor to take on the ' +
          'same agents, and let it run the work with its own people and methods.'
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
