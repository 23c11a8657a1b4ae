import type { CoreQuestion } from '../core-bank'

export const QUESTIONS_TIME_PAY: readonly CoreQuestion[] = [
  {
    id: 'SCH-01',
    section: 'time-pay',
    dimension: 'schedules',
    format: 'contract-and-practice',
    prompt: "Who decides individual agents' shifts, start and end times and breaks?",
    plannedPrompt: "Who will decide individual agents' shifts, start and end times and breaks?",
    help:
      "Setting a person's working hours is one of the core US factors, an essential term under the NLRB " +
      'rule, and a mark of an employee in Germany. Agreeing service hours, coverage and volume forecasts ' +
      'with the vendor concerns the service; the vendor then builds its own rosters.',
    factors: ['F-SCHEDULES', 'F-RESULT-NOT-PERSON', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 5,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about scheduling the agents?',
      plannedPrompt: 'What will the draft contract say about scheduling the agents?',
      options: [
        {
          id: 'vendor-reserved',
          label: 'The vendor schedules its agents to meet agreed service hours and coverage',
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say',
          risk: 1,
          remediation:
            'State that the vendor schedules its agents to meet the service hours, coverage and forecasts ' + 'agreed at account level.'
        },
        {
          id: 'client-approves-rosters',
          label: "We approve individual rosters or may set agents' shifts",
          risk: 4,
          remediation: 'Replace roster approval with coverage targets (staffed hours per interval) that the vendor must meet.'
        }
      ]
    },
    options: [
      {
        id: 'vendor-to-coverage',
        label: 'The vendor, to meet the service hours and coverage we agreed; we send volume forecasts',
        plannedLabel: 'The vendor, to meet the service hours and coverage we will agree',
        risk: 0
      },
      {
        id: 'team-level-review',
        label: "We review the vendor's team-level coverage plan and ask for changes in coverage, not in who works when",
        risk: 1,
        remediation: 'Keep requests at the level of staffed hours per interval, and let the vendor decide who works which shift.'
      },
      {
        id: 'client-adjusts',
        label: 'Our staff sometimes ask for specific agents to work particular shifts or to move their breaks',
        risk: 3,
        remediation:
          "Express the need as a coverage or skill requirement for an interval, and let the vendor's " +
          'workforce planners decide who covers it.'
      },
      {
        id: 'client-sets',
        label: "Our staff set or approve individual agents' schedules",
        plannedLabel: "Our staff will set or approve individual agents' schedules",
        risk: 4,
        redFlag: true,
        remediation: 'Hand rostering back to the vendor now; agree coverage targets and measure them in the business review.'
      }
    ]
  },
  {
    id: 'SCH-02',
    section: 'time-pay',
    dimension: 'schedules',
    format: 'contract-and-practice',
    prompt: "Who approves an individual agent's overtime, weekend work or time off?",
    plannedPrompt: "Who will approve an individual agent's overtime, weekend work or time off?",
    help:
      "Approving a person's overtime or leave is control over their hours, which the US tests and the " +
      'NLRB rule treat as an essential term. Guidance for clients is that leave requests go to the vendor, ' +
      'which arranges cover.',
    factors: ['F-SCHEDULES'],
    weight: 4,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about overtime and time off for agents?',
      plannedPrompt: 'What will the draft contract say about overtime and time off for agents?',
      options: [
        {
          id: 'vendor-reserved',
          label: "The vendor handles its agents' overtime and leave; we may order extra service hours",
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say',
          risk: 1,
          remediation:
            "Add that overtime and leave of agents are the vendor's matters and that you can request " +
            'extra service capacity at account level.'
        },
        {
          id: 'client-approves',
          label: 'We approve overtime or leave for individual agents',
          risk: 3,
          remediation: 'Remove individual approval rights; keep a right to order extra capacity at account level.'
        }
      ]
    },
    options: [
      {
        id: 'vendor',
        label: 'The vendor; we only agree extra service hours or capacity at account level',
        plannedLabel: 'The vendor; we will only agree extra capacity at account level',
        risk: 0
      },
      {
        id: 'client-consulted',
        label: 'The vendor asks us before approving overtime or leave for individual agents',
        risk: 2,
        remediation:
          'Ask the vendor to stop consulting you on individual requests; share coverage forecasts so it ' + 'can plan leave itself.'
      },
      {
        id: 'client-approves',
        label: "Our staff approve or refuse individual agents' overtime or leave",
        plannedLabel: "Our staff will approve or refuse individual agents' overtime or leave",
        risk: 4,
        redFlag: true,
        remediation:
          "Redirect all overtime and leave requests to the vendor's team leads and tell agents so in " + 'writing through the vendor.'
      }
    ]
  },
  {
    id: 'PAY-01',
    section: 'time-pay',
    dimension: 'pay-benefits',
    format: 'contract-and-practice',
    prompt: 'Who decides what individual agents are paid, including raises?',
    plannedPrompt: 'Who will decide what individual agents are paid, including raises?',
    help:
      'Determining the rate and method of pay is a core factor in the US tests and an essential term for ' +
      "the NLRB; a contractual cap on wages counted against the client in the NLRB's Browning-Ferris " +
      'decision (2015, since replaced), and Indian courts ask first who pays. Paying the vendor a price for ' +
      'the service, and requiring it to comply with wage law, leaves pay decisions with the employer.',
    factors: ['F-PAY', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 5,
    naAllowed: false,
    contract: {
      prompt: "How does the contract deal with the agents' pay?",
      plannedPrompt: "How will the draft contract deal with the agents' pay?",
      options: [
        {
          id: 'vendor-sets-pay',
          label: "We pay a price for the service; the vendor sets its agents' pay and must comply with wage law",
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract is silent about who sets pay',
          risk: 1,
          remediation: "State that the vendor alone sets and pays its agents' wages, in compliance with wage law."
        },
        {
          id: 'wage-terms',
          label: "The contract sets or caps agents' wage rates, or prices each agent as pay plus a mark-up we approve",
          risk: 3,
          remediation:
            'Move to pricing per service unit (per hour of service, contact or outcome) and remove wage ' +
            'rates and caps for individual agents.'
        }
      ]
    },
    options: [
      {
        id: 'vendor',
        label: 'The vendor, under its own pay policies',
        risk: 0
      },
      {
        id: 'general-discussion',
        label: 'We have discussed pay levels in general (for example, because of attrition) but the vendor decides',
        risk: 1,
        remediation:
          'Keep such discussions to account-level outcomes such as attrition and service, and let the ' + 'vendor decide any pay response.'
      },
      {
        id: 'client-approves-pay',
        label: "We approve, set or cap individual agents' pay or raises",
        plannedLabel: "We will approve, set or cap individual agents' pay or raises",
        risk: 4,
        redFlag: true,
        remediation: 'Stop approving pay; if cost is the concern, negotiate the service price and leave individual ' + 'pay to the vendor.'
      }
    ]
  },
  {
    id: 'PAY-02',
    section: 'time-pay',
    dimension: 'pay-benefits',
    format: 'contract-and-practice',
    prompt: 'Do your staff reward individual agents with bonuses, gift cards, prizes or awards?',
    plannedPrompt: 'Will your staff reward individual agents with bonuses, gift cards, prizes or awards?',
    help:
      'Choosing rewards for individual workers is a form of setting their pay. Incentives paid to the ' +
      'vendor at account level, which the vendor passes on as it decides, avoid that. Whether you also ' +
      'pay anything to agents yourself is the next question.',
    factors: ['F-PAY', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 4,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about incentives?',
      plannedPrompt: 'What will the draft contract say about incentives?',
      options: [
        {
          id: 'account-level',
          label: 'Any incentive or service credit is paid to or by the vendor at account level',
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not deal with incentives',
          risk: 1,
          remediation: 'Add that incentives are paid to the vendor at account level and distributed at its discretion.'
        },
        {
          id: 'individual-bonuses',
          label: 'The contract provides for bonuses we fund or decide for named agents',
          risk: 3,
          remediation: 'Replace agent-level bonuses with an account-level incentive paid to the vendor.'
        }
      ]
    },
    options: [
      {
        id: 'account-level',
        label: 'No — incentives are paid to the vendor at account level, and the vendor decides how to reward people',
        plannedLabel: 'No — incentives will be paid to the vendor, which decides how to reward people',
        risk: 0
      },
      {
        id: 'recognition',
        label: 'Our staff occasionally recognise named agents (thank-you messages, small prizes)',
        risk: 2,
        remediation: 'Send recognition to the vendor for the team; let the vendor decide whether and how to reward individuals.'
      },
      {
        id: 'client-decides-bonuses',
        label: 'We decide which individual agents get bonuses or incentives, or how much (whoever pays them)',
        plannedLabel: 'We will decide which individual agents get bonuses or incentives',
        risk: 4,
        redFlag: true,
        remediation:
          'Stop choosing individual recipients; fund an account-level incentive paid to the vendor, which ' + 'runs its own scheme.'
      }
    ]
  },
  {
    id: 'PAY-04',
    section: 'time-pay',
    dimension: 'pay-benefits',
    format: 'single',
    prompt: 'Does your company pay any money directly to the agents — wages, top-ups, allowances or bonuses?',
    plannedPrompt: 'Will your company pay any money directly to the agents — wages, top-ups, allowances or bonuses?',
    help:
      'Who pays the workers is the first question Indian courts ask in the sham-contract test, and paying ' +
      'wages is an essential term of employment under the US tests. Paying the vendor a price for the ' +
      'service, from which it pays its people, keeps you out of that role. Paying their wages, or a regular ' +
      'part of their pay, puts you in it; an occasional prize or bonus you pay them directly is evidence of ' +
      'the same relationship, though not the payment of wages.',
    factors: ['F-PAY', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 5,
    naAllowed: false,
    options: [
      {
        id: 'none',
        label: 'No — we pay only the vendor, for the service; the vendor pays its people',
        plannedLabel: 'No — we will pay only the vendor, for the service',
        risk: 0
      },
      {
        id: 'reimbursed-at-cost',
        label: "We pay the vendor each named agent's wage cost as it is, plus a fee (pass-through payroll)",
        plannedLabel: "We will pay the vendor each named agent's wage cost plus a fee (pass-through payroll)",
        risk: 3,
        remediation:
          'Move to a price for the service (per hour of service, contact or outcome) so that pay for each ' +
          "person is the vendor's matter, not a line you fund."
      },
      // Until 2026.7 "top-ups" bundled occasional prizes with regular allowances and tied with "client-payroll" (risk 4,
      // red flag, both firing India's sham-pay rule). Counsel: paying the wages is the employer's essential term; an
      // occasional top-up is evidence but not the same fact. An allowance or top-up paid every pay period is part of
      // the agents' pay for their work, which you then pay in part, so it joins the wages; an occasional prize or bonus
      // stays evidence: points, no knock-out, no rule. Choosing who gets a bonus is PAY-02's knock-out.
      {
        id: 'occasional-awards',
        label: 'We occasionally pay some agents a prize or one-off bonus directly',
        plannedLabel: 'We will occasionally pay some agents a prize or one-off bonus directly',
        risk: 3,
        remediation:
          'Stop paying agents directly; if you want to reward the team, pay an account-level incentive to ' +
          'the vendor and let it decide.'
      },
      {
        id: 'client-payroll',
        label:
          "We pay the agents' wages, or a regular part of their pay (an allowance or top-up each pay period), ourselves, or they are on our payroll",
        plannedLabel: "We will pay the agents' wages, or a regular part of their pay, ourselves",
        risk: 4,
        redFlag: true,
        remediation:
          'Take legal advice now: the people you pay are likely to be treated as your employees, whatever ' + 'the contract says.'
      }
    ]
  },
  {
    id: 'PAY-03',
    section: 'time-pay',
    dimension: 'pay-benefits',
    format: 'single',
    prompt: "Do the vendor's agents receive benefits or perks you offer your own employees?",
    plannedPrompt: "Will the vendor's agents receive benefits or perks you offer your own employees?",
    help:
      'In Vizcaino v. Microsoft, Microsoft conceded that long-serving workers it had labelled as contractors ' +
      'were its common-law employees, and the court held them entitled to an employee stock plan despite ' +
      'signed waivers. Employee benefits given to vendor staff treat them as employees. Shared on-site ' +
      'facilities open to everyone are different, and in the UK and EU agency workers may have a right to ' +
      'them.',
    factors: ['F-BENEFITS'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'none',
        label: 'No; the vendor provides its own benefits',
        plannedLabel: 'No; the vendor will provide its own benefits',
        risk: 0
      },
      {
        id: 'shared-facilities',
        label: 'Only shared facilities open to everyone on site, such as the canteen or transport',
        risk: 0
      },
      {
        id: 'events',
        label: 'They are regularly invited to our employee events or celebrations',
        risk: 1,
        remediation:
          'Let the vendor organise recognition events for its team; invitations to your events should be ' +
          'occasional and come through the vendor.'
      },
      {
        id: 'employee-benefits',
        label: 'They receive employee benefits such as discounts, stock or savings plans, or insurance',
        risk: 4,
        remediation:
          'Withdraw employee-only benefits from vendor staff and check your plan documents with counsel; ' +
          'shared on-site facilities can stay open to everyone.'
      }
    ]
  }
]
