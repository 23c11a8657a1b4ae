import type { CoreQuestion } from '../core-bank'

export const QUESTIONS_GOVERNANCE: readonly CoreQuestion[] = [
  {
    id: 'GOV-01',
    section: 'governance',
    dimension: 'governance',
    format: 'single',
    prompt: "How do you review the vendor's performance with them?",
    plannedPrompt: "How will you review the vendor's performance with them?",
    help:
      "Regular business reviews (monthly, quarterly) with the vendor's account and operations managers, " +
      'about service levels, quality, forecasts and improvement plans, are how you hold the vendor to the ' +
      'contract without managing its people. Courts credited clients that set broad objectives and left ' +
      'daily direction to the vendor.',
    factors: ['F-GOVERNANCE', 'F-RESULT-NOT-PERSON'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'business-reviews',
        label: "Monthly and quarterly business reviews with the vendor's managers on service levels, quality and plans",
        plannedLabel: "Monthly and quarterly business reviews with the vendor's managers will be set up",
        risk: 0
      },
      {
        id: 'ad-hoc',
        label: 'No fixed cadence; issues are handled as they come up',
        risk: 2,
        remediation:
          "Set up a monthly business review and a quarterly review with the vendor's account and " +
          'operations managers, with an agreed agenda and minutes.'
      },
      {
        id: 'individual-performance',
        label: "Reviews go through individual agents' performance — named rankings, who should be coached or moved",
        risk: 3,
        remediation: "Take named agents off the review agenda; review account-level results and the vendor's own " + 'improvement actions.'
      }
    ]
  },
  {
    id: 'GOV-02',
    section: 'governance',
    dimension: 'governance',
    format: 'single',
    prompt: 'Who manages the vendor relationship on your side?',
    plannedPrompt: 'Who will manage the vendor relationship on your side?',
    help:
      'A vendor-management owner who oversees performance and compliance, without managing the agents, ' +
      'keeps the relationship at account level. When the managers of your own agents also run the vendor ' +
      "day to day, they tend to manage the vendor's agents the same way.",
    factors: ['F-GOVERNANCE'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'vendor-management-owner',
        label: 'A named vendor-management owner or team that oversees performance and compliance, not the agents',
        risk: 0
      },
      {
        id: 'operations-managers',
        label: 'Our operations managers, who also manage our own agents, handle the vendor day to day',
        risk: 2,
        remediation:
          'Name a vendor-management owner and brief operations managers to route requests through that ' +
          "owner and the vendor's managers."
      },
      {
        id: 'nobody',
        label: 'No one in particular',
        plannedLabel: 'Not decided',
        risk: 2,
        remediation: 'Appoint a vendor-management owner responsible for governance, the escalation path and this assessment.'
      }
    ]
  },
  {
    id: 'GOV-03',
    section: 'governance',
    dimension: 'governance',
    format: 'single',
    prompt: 'Do you keep a record of requests and decisions agreed with the vendor (governance log, minutes)?',
    plannedPrompt: 'Will you keep a record of requests and decisions agreed with the vendor?',
    help:
      "A record shows that your requests went to the vendor's managers and concerned the service, which " +
      'is the evidence counsel will need if the relationship is ever challenged. It also reveals drift ' +
      'towards directing individuals.',
    factors: ['F-GOVERNANCE', 'F-ESCALATION'],
    weight: 2,
    naAllowed: false,
    options: [
      { id: 'kept', label: 'Yes, a governance log and minutes are kept and shared with the vendor', risk: 0 },
      {
        id: 'partial',
        label: 'Minutes of reviews only; day-to-day requests are not recorded',
        risk: 1,
        remediation: 'Add a simple log of day-to-day requests to the vendor (date, who, what, to whom) reviewed at ' + 'the monthly review.'
      },
      {
        id: 'none',
        label: 'No',
        risk: 2,
        remediation: 'Start a governance log of requests, decisions and escalations, shared with the vendor.'
      }
    ]
  },
  {
    id: 'ESC-01',
    section: 'governance',
    dimension: 'escalation',
    format: 'single',
    prompt: 'When something goes wrong with the service, how is it escalated?',
    plannedPrompt: 'When something goes wrong with the service, how will it be escalated?',
    help:
      "A clear path — your manager to the vendor's account or operations manager, then to the vendor's " +
      "team lead — solves problems quickly without you taking over the vendor's people. Going straight to " +
      'agents, especially on conduct or performance, is direct supervision.',
    factors: ['F-ESCALATION', 'F-SUPERVISION'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'written-path',
        label: "A written path through the vendor's account or operations manager to its team leads",
        plannedLabel: "A written path through the vendor's managers to its team leads",
        risk: 0
      },
      {
        id: 'unwritten-path',
        label: 'A path exists and is usually followed, but it is not written down',
        risk: 1,
        remediation: 'Write the escalation path down, with contacts and response times, and share it with your staff ' + 'and the vendor.'
      },
      {
        id: 'straight-to-agents',
        label: 'Our staff usually go straight to the agent or team concerned',
        risk: 3,
        remediation:
          'Agree a written escalation path with the vendor and brief your staff that issues go to the ' +
          "vendor's managers, never to individual agents."
      }
    ]
  },
  {
    id: 'ESC-02',
    section: 'governance',
    dimension: 'escalation',
    format: 'single',
    prompt: 'If an agent complains of harassment or discrimination involving your staff, where does it go?',
    plannedPrompt: 'If an agent complains of harassment or discrimination involving your staff, where will it go?',
    help:
      'EEOC guidance expects both the vendor and the client to act on discrimination they know of. ' +
      "Complaints should reach the vendor's HR and yours, so that each deals with its own people; your HR " +
      "investigating and deciding about the agent takes on the employer's role.",
    factors: ['F-EEO-INTERFERENCE', 'F-ESCALATION'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'both-hr',
        label: "To the vendor's HR, which informs our HR; each acts on its own people",
        plannedLabel: "To the vendor's HR, which will inform our HR; each will act on its own people",
        risk: 0
      },
      {
        id: 'no-agreed-path',
        label: 'There is no agreed path',
        risk: 2,
        remediation:
          "Agree a joint complaint procedure: the vendor's HR receives complaints and informs your HR " + 'when your staff are involved.'
      },
      {
        id: 'vendor-only',
        label: 'Only the vendor handles it; our HR is not told even when our staff are involved',
        risk: 2,
        remediation: 'Ask the vendor to inform your HR of any complaint involving your staff so you can act on your ' + 'own people.'
      },
      {
        id: 'client-decides-on-agent',
        label: 'Our HR or managers investigate and decide what happens to the agent',
        risk: 3,
        remediation: "Investigate your own staff's conduct yourselves, but leave decisions about the agent to the vendor."
      }
    ]
  },
  {
    id: 'LEG-01',
    section: 'governance',
    dimension: 'legal-review',
    format: 'single',
    prompt: 'When did legal counsel last review this engagement — the contract and how it works in practice?',
    plannedPrompt: 'Will counsel review the draft contract and the planned way of working before signature?',
    help:
      "Joint-employment rules change often — the US Labor Department and NLRB standards, India's labour " +
      'codes and German guidance on remote work all changed in recent years — and practice drifts from the ' +
      'contract. A yearly review of both catches problems while they are cheap to fix.',
    factors: ['F-LEGAL-REVIEW', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'within-year-both',
        label: 'Within the last 12 months, covering both the contract and actual practice',
        plannedLabel: 'Yes, both the draft contract and the planned way of working',
        risk: 0
      },
      {
        id: 'contract-only',
        label: 'Only the contract was reviewed',
        plannedLabel: 'Only the draft contract',
        risk: 1,
        remediation: 'Send counsel this assessment so the review covers how the engagement works in practice.'
      },
      {
        id: 'older',
        label: 'More than 12 months ago',
        plannedLabel: 'Not before signature; later',
        risk: 2,
        remediation: "Schedule a review with counsel using this assessment's report, and repeat it yearly."
      },
      {
        id: 'never',
        label: 'Never',
        plannedLabel: 'No review is planned',
        risk: 3,
        remediation: 'Book a legal review of the contract and this assessment before the next renewal.'
      }
    ]
  }
]
