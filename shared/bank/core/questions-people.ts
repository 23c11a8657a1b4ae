import type { CoreQuestion } from '../core-bank'

export const QUESTIONS_PEOPLE: readonly CoreQuestion[] = [
  {
    id: 'HIR-01',
    section: 'people',
    dimension: 'hiring-removal',
    format: 'contract-and-practice',
    prompt: 'In practice, who chooses the individual agents who work on your account?',
    plannedPrompt: 'Who will choose the individual agents who work on your account?',
    help:
      'The power to hire is one of the most important facts in every test. Setting the skills, languages ' +
      'and background-check standard the role needs is a requirement about the service; interviewing, ' +
      'testing or approving individual candidates is a hiring decision about a person.',
    factors: ['F-HIRE-FIRE', 'F-RESULT-NOT-PERSON', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 5,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about choosing the agents who work on your account?',
      plannedPrompt: 'What will the draft contract say about choosing the agents for your account?',
      options: [
        {
          id: 'vendor-reserved',
          label: 'The vendor recruits and selects; we set role profiles and screening standards',
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say',
          risk: 1,
          remediation:
            'State that the vendor recruits, selects and assigns its agents against role profiles and ' + 'screening standards you define.'
        },
        {
          id: 'client-approval',
          label: 'We may interview, approve or reject individual candidates',
          risk: 4,
          remediation:
            'Replace candidate approval with role profiles, skill tests the vendor runs, and a right to ' +
            'audit that the vendor applied them.'
        }
      ]
    },
    options: [
      {
        id: 'vendor-selects',
        label: 'The vendor recruits and selects; we only set skill requirements and screening standards for the role',
        plannedLabel: 'The vendor will recruit and select; we will only set skill and screening standards',
        risk: 0
      },
      {
        id: 'client-informed',
        label: 'The vendor tells us who it has selected, for system access, but we do not comment',
        risk: 1,
        remediation:
          'Limit what you receive to the data needed for system access, and make sure nobody on your side ' +
          'comments on individual selections.'
      },
      {
        id: 'client-comments',
        label: 'We comment on individual candidates and the vendor usually follows our view',
        risk: 3,
        remediation:
          'Stop commenting on candidates; if hires are not meeting the standard, raise it as an ' +
          'account-level quality finding and agree a change to the role profile.'
      },
      {
        id: 'client-interviews',
        label: 'Our staff interview, test, approve or veto individual candidates',
        plannedLabel: 'Our staff will interview, test, approve or veto individual candidates',
        risk: 4,
        redFlag: true,
        remediation:
          'End client interviews and approvals; convert what you look for into a written role profile and ' +
          'a test the vendor runs, and audit the results at account level.'
      }
    ]
  },
  {
    id: 'HIR-02',
    section: 'people',
    dimension: 'hiring-removal',
    format: 'contract-and-practice',
    prompt: 'When an agent is taken off your account, who makes the decision?',
    plannedPrompt: 'If an agent is to be taken off your account, who will make the decision?',
    help:
      'Removing a worker from the only assignment they have works like firing them. The NLRB counted a ' +
      "client's right to reject workers against it (Browning-Ferris, 2015, since replaced), and actual " +
      "removals weigh more. Reporting a service or conduct issue through the vendor's process, and letting " +
      "the vendor decide, keeps the decision with the employer. Withdrawing an agent's authorisation for your " +
      'account against a written standard, while the vendor decides about their job, is weaker evidence than ' +
      'a removal you decide.',
    factors: ['F-HIRE-FIRE', 'F-DISCIPLINE', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 5,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about removing or replacing individual agents?',
      plannedPrompt: 'What will the draft contract say about removing or replacing individual agents?',
      options: [
        {
          id: 'vendor-reserved',
          label: 'The vendor decides who is assigned; we may report service or conduct concerns through its process',
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say',
          risk: 1,
          remediation:
            "Add a concern-reporting process: you report facts to the vendor's account manager, the " + 'vendor investigates and decides.'
        },
        {
          id: 'deauthorisation-right',
          label:
            "We may withdraw a named agent's authorisation to work on our account against quality or security standards set in the contract; the vendor decides about the agent's job",
          risk: 1,
          remediation:
            'Keep the de-authorisation criteria objective and written into the contract, report the facts ' +
            "to the vendor, and leave every decision about the agent's employment to the vendor."
        },
        {
          id: 'client-removal-right',
          label: 'We may require the removal or replacement of a named agent',
          risk: 3,
          remediation:
            'Replace the removal right with a right to report concerns and to require the vendor to act ' +
            'under its own policies; keep a narrow exception for security access only.'
        }
      ]
    },
    options: [
      {
        id: 'vendor-decides',
        label: 'The vendor decides under its own policies; we report service issues at account level',
        plannedLabel: 'The vendor will decide under its own policies',
        risk: 0
      },
      {
        id: 'concern-via-process',
        label: 'We have reported a concern about a named agent; the vendor investigated and made its own decision',
        plannedLabel: 'We may report concerns about named agents; the vendor will investigate and decide',
        risk: 1,
        remediation: "Keep concerns factual and in writing, addressed to the vendor's account manager, and do not " + 'suggest an outcome.'
      },
      {
        id: 'deauthorised-vendor-decides',
        label:
          "We withdrew a named agent's authorisation for our account against a written quality or security " +
          'standard; the vendor decided whether to retrain, reassign or keep them',
        plannedLabel:
          "We may withdraw a named agent's authorisation against a written quality or security standard; the " +
          'vendor will decide what happens to the agent',
        risk: 2,
        remediation:
          'Keep de-authorisation to objective criteria in the contract, give the vendor the facts, and let it ' +
          'decide whether the agent is retrained, moved to another account or stays; never ask for dismissal.'
      },
      {
        id: 'client-requests-vendor-reviewed',
        label: 'We have asked for named agents to be removed; the vendor reviewed each request and made its own decision',
        plannedLabel: 'We expect to ask for named agents to be removed, leaving the vendor to review and decide',
        risk: 3,
        remediation:
          "Stop asking for removals; report facts instead. Where a request was made, keep the vendor's own " +
          'review and decision on file.'
      },
      {
        id: 'client-requests',
        label: 'We have asked for named agents to be removed and the vendor did so without its own review',
        plannedLabel: 'We expect the vendor to remove named agents when we ask',
        risk: 4,
        redFlag: true,
        remediation:
          'Stop asking for removals; report the facts and let the vendor investigate and decide. Ask the ' +
          'vendor to confirm in writing that assignment decisions are its own.'
      },
      {
        id: 'client-removes',
        label: 'Our staff remove agents themselves — for example by revoking their access or telling them to leave',
        plannedLabel: 'Our staff will be able to remove agents themselves',
        risk: 4,
        redFlag: true,
        remediation:
          'Limit your own access revocation to immediate security incidents, tell the vendor at once, and ' +
          "leave every decision about the agent's job to the vendor."
      }
    ]
  },
  {
    id: 'HIR-03',
    section: 'people',
    dimension: 'hiring-removal',
    format: 'single',
    prompt: 'The last time you raised a concern about a named agent, how was it handled?',
    plannedPrompt: 'How will concerns about named agents be raised with the vendor?',
    help:
      'How a concern is raised decides whether it is a service report or a disciplinary instruction. EEOC ' +
      'guidance also warns that asking for a different worker for a reason linked to a protected ' +
      'characteristic can make the client liable even if it is not the employer.',
    factors: ['F-HIRE-FIRE', 'F-EEO-INTERFERENCE', 'F-ESCALATION'],
    weight: 3,
    naAllowed: false,
    showIf: {
      question: 'HIR-02',
      anyOf: ['concern-via-process', 'deauthorised-vendor-decides', 'client-requests-vendor-reviewed', 'client-requests', 'client-removes']
    },
    options: [
      {
        id: 'written-facts',
        label: "In writing to the vendor's account manager, with the facts; the vendor investigated and decided",
        plannedLabel: "In writing to the vendor's account manager, with the facts; the vendor will decide",
        risk: 0
      },
      {
        id: 'informal',
        label: 'Informally, by call or chat, without a written record',
        risk: 2,
        remediation: "Use a short written concern form sent to the vendor's account manager and keep it in the governance log."
      },
      {
        id: 'outcome-demanded',
        label: 'We told the vendor what outcome we expected, such as removal or a warning',
        risk: 3,
        remediation: 'Describe the facts and the service impact only; the vendor chooses any consequence under its ' + 'own policies.'
      },
      {
        id: 'personal-characteristic',
        label: "The reason given related to the agent's accent, age, appearance or another personal characteristic",
        risk: 4,
        remediation:
          'Involve your HR or legal team now; base any future concern on observable conduct or service ' +
          'results, never on personal characteristics.'
      }
    ]
  },
  {
    id: 'HIR-04',
    section: 'people',
    dimension: 'hiring-removal',
    format: 'contract-and-practice',
    prompt: 'Who decides on warnings, discipline or other consequences for an individual agent?',
    plannedPrompt: 'Who will decide on warnings, discipline or other consequences for an individual agent?',
    help:
      'Discipline is one of the essential terms of employment under the NLRB rule and part of day-to-day ' +
      'supervision in the court tests. A client that decides or carries out sanctions against a person is ' +
      'acting as their employer.',
    factors: ['F-DISCIPLINE', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 5,
    naAllowed: false,
    contract: {
      prompt: "What does the contract say about discipline of the vendor's agents?",
      plannedPrompt: "What will the draft contract say about discipline of the vendor's agents?",
      options: [
        {
          id: 'vendor-reserved',
          label: "Discipline is the vendor's alone, under its own policies",
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say',
          risk: 1,
          remediation: "Add that discipline of agents is solely the vendor's responsibility, under its own policies."
        },
        {
          id: 'client-directs',
          label: 'We may require or direct disciplinary action against individual agents',
          risk: 4,
          remediation:
            'Remove the right to direct discipline; keep only the right to report concerns and to require ' +
            'the vendor to apply its own policies.'
        }
      ]
    },
    options: [
      {
        id: 'vendor-only',
        label: 'The vendor, under its own policies; we hear about individual cases only if service is affected',
        plannedLabel: 'The vendor, under its own policies',
        risk: 0
      },
      {
        id: 'informed',
        label: 'The vendor decides, and tells us the outcome when one of our service incidents was involved',
        risk: 1,
        remediation: 'Ask the vendor to report outcomes at account level (corrective action taken) without names.'
      },
      {
        id: 'client-input',
        label: 'We say what consequence we think an agent should get',
        risk: 3,
        remediation: 'Stop recommending sanctions; report the incident and its impact, and leave the consequence to the vendor.'
      },
      {
        id: 'client-decides',
        label: 'Our staff decide or carry out discipline — warnings, suspensions, taking agents off queues as a sanction',
        plannedLabel: 'Our staff will decide or carry out discipline',
        risk: 4,
        redFlag: true,
        remediation:
          'End client-led discipline immediately, brief your managers, and have the vendor confirm in ' +
          'writing that it alone decides sanctions.'
      }
    ]
  },
  {
    id: 'HIR-05',
    section: 'people',
    dimension: 'hiring-removal',
    format: 'single',
    prompt: "How do you recruit the vendor's agents into jobs with your own company, if at all?",
    plannedPrompt: "How will you handle hiring the vendor's agents into jobs with your own company?",
    help:
      "Using the vendor's team as a trial pool for your own hiring blurs who the employer is. Open " +
      'postings or an agreed conversion process keep the line clear; in the UK agency workers must still ' +
      'be told about vacancies, so the answer is not to hide them.',
    factors: ['F-HIRING-PIPELINE', 'F-HIRE-FIRE'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'open-postings',
        label: 'Agents may apply to our published vacancies like anyone else; any move follows a process agreed with the vendor',
        plannedLabel: 'Agents may apply to our published vacancies; moves will follow a process agreed with the vendor',
        risk: 0
      },
      {
        id: 'direct-approach',
        label: 'Our managers approach promising agents directly about jobs with us',
        risk: 2,
        remediation:
          'Publish vacancies openly and handle any conversion through a process agreed with the vendor, ' +
          'instead of approaching individual agents.'
      },
      {
        id: 'trial-pool',
        label: 'The account works as a trial period: agents who do well are moved onto our payroll as a matter of course',
        plannedLabel: 'The account will work as a trial period for our own hiring',
        risk: 3,
        remediation:
          'Separate the service from your recruitment: if you need a temp-to-hire route, set it up with ' +
          'counsel as a staffing arrangement rather than inside the outsourced service.'
      }
    ]
  }
]
