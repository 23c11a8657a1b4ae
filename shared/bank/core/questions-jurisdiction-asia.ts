import type { CoreQuestion } from '../core-bank'

/** Structural checks for the Philippines and India. */
export const QUESTIONS_JURISDICTION_ASIA: readonly CoreQuestion[] = [
  {
    id: 'PH-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['philippines'],
    prompt: 'On what basis is the vendor a legitimate contractor in the Philippines?',
    plannedPrompt: 'On what basis will the vendor be a legitimate contractor in the Philippines?',
    help:
      'Contractors covered by DOLE Department Order 174 must register, and an unregistered contractor is ' +
      'presumed to be a mere labour supplier, which can make you the direct employer. Genuine outsourcing ' +
      'of an entire or specific business process is covered by a 2017 circular instead. If you assert the ' +
      'vendor is legitimate, you may have to prove it. Who directs the agents is asked separately (PH-05).',
    factors: ['F-PH-REGISTRATION', 'F-SERVICE-MODEL'],
    weight: 4,
    naAllowed: false,
    options: [
      {
        id: 'dole-registered',
        label: 'The vendor is registered with DOLE under D.O. 174 and we hold its current certificate',
        risk: 0
      },
      {
        id: 'bpo-carve-out',
        label: 'The vendor runs an entire or specific business process for us (BPO circular) and we have recorded why',
        risk: 0
      },
      {
        id: 'not-verified',
        label: 'We assume one of these applies but have not verified it',
        unknown: true,
        risk: 2,
        remediation:
          "Obtain the vendor's DOLE certificate, or record with counsel why the BPO circular covers the " +
          'engagement, and keep it on file.'
      },
      {
        id: 'unregistered',
        label:
          'The vendor is not registered with DOLE (or its registration has lapsed), and the BPO circular does not clearly cover the work',
        plannedLabel: 'The vendor will not be registered with DOLE, and the BPO circular does not clearly cover the work',
        risk: 4,
        // A knock-out (High, route to legal: the domain brief's list), and the ground of the rule ph-unregistered, whose
        // presumption (Critical) substantial capital and the vendor's own control can rebut since 2026.6
        redFlag: true,
        remediation:
          'Take legal advice now: an unregistered contractor is presumed a labour-only contractor. Have the ' +
          'vendor register (or renew) before work continues, or record with counsel why the BPO circular applies.'
      }
    ]
  },
  {
    id: 'PH-02',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['philippines'],
    prompt: 'Does the vendor run the service with its own substantial capital, premises and equipment?',
    plannedPrompt: 'Will the vendor run the service with its own substantial capital, premises and equipment?',
    // Since 2026.7 the note names the Philippine law it states (counsel review): Article 106 of the Labor Code and D.O. 174
    help:
      'Under Article 106 of the Labor Code of the Philippines and DOLE Department Order 174 (2017), a ' +
      'contractor without substantial capital or investment in tools, equipment and premises, whose ' +
      'workers do work directly related to your main business, is a labour-only contractor; you then ' +
      'become the employer, liable with the vendor. D.O. 174 sets at least PHP 5 million paid-up capital ' +
      'for companies.',
    factors: ['F-PH-LABOUR-ONLY', 'F-TOOLS-PREMISES'],
    weight: 4,
    naAllowed: false,
    options: [
      {
        id: 'substantial',
        label: 'Yes — at least PHP 5 million paid-up capital and its own premises and equipment, with evidence on file',
        risk: 0
      },
      {
        id: 'not-verified',
        label: 'We believe so but have not seen evidence',
        unknown: true,
        risk: 2,
        remediation: "Obtain the vendor's financial statements or registration papers and keep them on file."
      },
      {
        id: 'client-supplied',
        label: 'The vendor relies largely on our premises or equipment',
        risk: 3,
        remediation:
          "Plan the move to the vendor's own premises and equipment; meanwhile document the vendor's own " + 'investment in the service.'
      },
      {
        id: 'thin',
        label: 'The vendor has little capital or investment of its own',
        risk: 4,
        redFlag: true,
        remediation: "Take legal advice on the vendor's status before renewing, and consider a better-capitalised vendor."
      }
    ]
  },
  {
    id: 'PH-03',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['philippines'],
    prompt: "Is the outsourced work directly related to your company's main business?",
    plannedPrompt: "Will the outsourced work be directly related to your company's main business?",
    // Since 2026.7 (counsel review): what your main business is and how the work relates to it is a fact of the
    // engagement, not a practice an action changes, so the action plan projects no change to it (fixedFact).
    fixedFact: true,
    help:
      'Work directly related to your main business is one half of the labour-only contracting test: ' +
      'together with a vendor lacking substantial capital (PH-02) it points to you as the employer. This ' +
      'question asks only about the work; capital and control are asked on their own.',
    factors: ['F-PH-LABOUR-ONLY'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'not-related', label: 'No — it supports our business but is not part of our main business', risk: 0 },
      {
        id: 'not-assessed',
        label: 'We have not assessed this',
        unknown: true,
        risk: 2,
        remediation: 'Ask counsel to assess whether the work is directly related to your main business.'
      },
      {
        id: 'related',
        label: 'Yes — it is directly related to our main business',
        plannedLabel: 'Yes — it will be directly related to our main business',
        risk: 3,
        remediation:
          'How the work relates to your main business is not something an action changes. Keep evidence of the ' +
          "vendor's own capital and investment and of its control of the work on file: the vendor's capital (PH-02) " +
          'and who controls the work (PH-05) then decide the test. Where the vendor cannot show both, the ways the law ' +
          'leaves open are a better-capitalised contractor that controls the work, a service within DOLE Department ' +
          'Circular 01-17 (the outsourcing of a whole business process, PH-01), or hiring the agents as your own employees.'
      }
    ]
  },
  {
    id: 'PH-05',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['philippines'],
    prompt: 'Who exercises the right to control how the agents perform the work — the vendor or your staff?',
    plannedPrompt: 'Who will exercise the right to control how the agents perform the work — the vendor or your staff?',
    help:
      'Under the Philippine rules a contractor that does not exercise the right to control the performance ' +
      'of the work is a labour-only contractor, whatever its capital; you then become the employer of the ' +
      'agents, liable with the vendor. In legitimate contracting you are interested in the result only.',
    factors: ['F-PH-LABOUR-ONLY', 'F-SUPERVISION'],
    weight: 4,
    naAllowed: false,
    options: [
      {
        id: 'vendor-controls',
        label: 'The vendor — its supervisors direct the agents; we only set the results we need',
        plannedLabel: 'The vendor — its supervisors will direct the agents; we will set the results we need',
        risk: 0
      },
      {
        id: 'shared',
        label: 'Both — the vendor supervises, but our staff also direct how agents do the work',
        risk: 3,
        remediation:
          "Move every instruction about how the work is done to the vendor's supervisors and record that " +
          'your staff deal only with results.'
      },
      {
        id: 'client-controls',
        label: 'Our staff — the vendor supplies the people and we direct and supervise them',
        plannedLabel: 'Our staff will direct and supervise the people the vendor supplies',
        risk: 4,
        redFlag: true,
        remediation:
          'Take legal advice now: either the vendor takes over control of the work, or the agents are likely ' +
          'to be found your employees.'
      }
    ]
  },
  {
    id: 'PH-04',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['philippines'],
    prompt: 'How does the vendor employ the agents on your account?',
    plannedPrompt: 'How will the vendor employ the agents on your account?',
    help:
      'D.O. 174 treats some practices like labour-only contracting: repeated short contracts for the same ' +
      'workers, employment that ends when the service order ends, and requiring pre-signed resignations or ' +
      'quitclaims.',
    factors: ['F-PH-PROHIBITED-PRACTICES'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'compliant',
        label: 'On ongoing employment not tied to our service orders, with no pre-signed resignations or quitclaims',
        risk: 0
      },
      {
        id: 'not-checked',
        label: 'We have not checked',
        unknown: true,
        risk: 2,
        remediation: 'Ask the vendor to confirm its employment terms for the account and audit a sample.'
      },
      {
        id: 'short-contracts',
        label: 'Agents are on repeated short contracts, or their employment ends with each service order',
        risk: 4,
        remediation: 'Require the vendor to stop these practices, and take legal advice on the agents already affected.'
      }
    ]
  },
  {
    id: 'IN-01',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['india'],
    prompt: 'Does the vendor hold the contractor licence required for this work in India?',
    plannedPrompt: 'Will the vendor hold the contractor licence required for this work in India?',
    help:
      'Contract labour above the threshold (50 workers under the OSH Code) needs a licensed contractor. ' +
      'The Supreme Court treated a missing licence and registration as support for finding the contract a ' +
      "camouflage, making the workers the principal's own. The transition rules are still being finalised.",
    factors: ['F-IN-LICENCE'],
    weight: 4,
    naAllowed: false,
    options: [
      { id: 'licensed', label: 'Yes, and we keep a copy of the current licence', risk: 0 },
      {
        id: 'not-required',
        label: 'Counsel confirmed no licence is needed (below the threshold, or the agents are outside "contract labour")',
        risk: 0
      },
      {
        id: 'not-verified',
        label: 'We have not verified',
        unknown: true,
        risk: 2,
        remediation: 'Ask the vendor for its licence, or ask counsel to confirm none is needed, and keep it on file.'
      },
      {
        id: 'missing',
        label: 'A licence is needed but the vendor does not hold one',
        risk: 4,
        redFlag: true,
        remediation: 'Take legal advice now; the vendor must obtain the licence, or the arrangement must change.'
      }
    ]
  },
  {
    id: 'IN-02',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['india'],
    prompt: 'Is the outsourced work a core activity of your establishment in India?',
    plannedPrompt: 'Will the outsourced work be a core activity of your establishment in India?',
    help:
      'The OSH Code bars contract labour in core activities unless the work is ordinarily outsourced in ' +
      'the industry, does not need full-time workers for most of the time, or is a sudden, time-bound ' +
      'surge.',
    factors: ['F-IN-CORE-ACTIVITY'],
    weight: 3,
    naAllowed: false,
    options: [
      { id: 'not-core', label: 'No, it is not a core activity', risk: 0 },
      {
        id: 'core-exception',
        label: 'Yes, but an exception applies and we have recorded which',
        risk: 1,
        remediation: 'Keep evidence for the exception, for example that the activity is ordinarily outsourced in your sector.'
      },
      {
        id: 'not-assessed',
        label: 'We have not assessed this',
        unknown: true,
        risk: 2,
        remediation: 'Ask counsel to assess whether the work is a core activity and which exception may apply.'
      },
      {
        id: 'core-no-exception',
        label: 'Yes, and no exception has been identified',
        risk: 4,
        remediation: 'Take legal advice on restructuring before the implementing rules take full effect.'
      }
    ]
  },
  {
    id: 'IN-03',
    section: 'jurisdiction',
    dimension: 'structural',
    format: 'single',
    appliesTo: ['india'],
    prompt: 'Who pays the agents in India, and does anyone on your side check that wages are paid?',
    plannedPrompt: 'Who will pay the agents in India, and will anyone on your side check that wages are paid?',
    help:
      'Indian courts ask first who pays the workers and who has effective control over appointment, ' +
      'dismissal and pay. The principal also has to pay if the contractor defaults, so checking wage ' +
      'payment is expected and does not itself make you the employer.',
    factors: ['F-IN-SHAM-CONTRACT', 'F-PAY'],
    weight: 4,
    naAllowed: false,
    options: [
      {
        id: 'vendor-pays-checked',
        label: 'The vendor pays them as its regular employees with statutory benefits; our representative checks payment',
        risk: 0
      },
      {
        id: 'vendor-pays-unchecked',
        label: 'The vendor pays them, but nobody on our side checks',
        risk: 2,
        remediation: 'Nominate a representative to check wage payment each month and to act if the vendor defaults.'
      },
      {
        id: 'client-pays',
        label: 'We pay agents directly, or fund their wages person by person',
        risk: 4,
        remediation:
          'Move payment of wages entirely to the vendor, paid from a service price, and take legal advice ' + 'on the period so far.'
      }
    ]
  }
]
