import type { CoreQuestion } from '../core-bank'

export const QUESTIONS_INTEGRATION: readonly CoreQuestion[] = [
  {
    id: 'INT-01',
    section: 'integration',
    dimension: 'integration',
    format: 'single',
    amplifier: true,
    prompt: 'Where do the agents work?',
    plannedPrompt: 'Where will the agents work?',
    help:
      "Work done on the client's premises is a factor in Zheng, Salinas and Butler. It does not create " +
      'risk on its own, but it strengthens any control found elsewhere, so it raises the weight of other ' +
      'findings.',
    factors: ['F-TOOLS-PREMISES', 'F-INTEGRATION'],
    weight: 1,
    naAllowed: false,
    options: [
      { id: 'vendor-site', label: "At the vendor's own sites", risk: 0, amplify: 0 },
      { id: 'remote', label: 'Remotely, from home, managed by the vendor', risk: 0, amplify: 0 },
      {
        id: 'client-site-partly',
        label: 'Partly at our premises (some days, or part of the team)',
        plannedLabel: 'Partly at our premises',
        risk: 0,
        amplify: 0.1,
        remediation:
          "Where on-site presence is not needed for the service, move the work to the vendor's sites; " +
          'where it is, give the team its own space and a vendor supervisor on site.'
      },
      {
        id: 'client-site-co-located',
        label: 'At our premises, seated alongside our own staff',
        plannedLabel: 'At our premises, alongside our own staff',
        risk: 0,
        amplify: 0.2,
        remediation: "Give the vendor's team a distinct area with a vendor supervisor present, or move the work to " + "the vendor's sites."
      }
    ]
  },
  {
    id: 'INT-02',
    section: 'integration',
    dimension: 'integration',
    format: 'single',
    prompt: 'At your premises, how are the agents kept distinct from your own staff?',
    plannedPrompt: 'At your premises, how will the agents be kept distinct from your own staff?',
    help:
      'On-site teams are judged by how they are organised: a separate area, contractor badges and the ' +
      "vendor's own supervisor on the floor show a vendor running its service. Agents seated within your " +
      "teams, with no vendor supervisor and badges like your employees', look integrated into your " +
      'workforce.',
    factors: ['F-INTEGRATION', 'F-HOLDING-OUT', 'F-SUPERVISION'],
    weight: 3,
    naAllowed: false,
    showIf: { question: 'INT-01', anyOf: ['client-site-partly', 'client-site-co-located'] },
    options: [
      {
        id: 'separate',
        label: 'Their own area, contractor badges that look different from ours, and a vendor supervisor on site',
        plannedLabel: 'Their own area, distinct contractor badges, and a vendor supervisor on site',
        risk: 0
      },
      {
        id: 'mixed-marked',
        label: 'Mixed seating, but distinct contractor badges and a vendor supervisor on site',
        risk: 1,
        remediation: "Group the vendor's team in its own area when seating is next reorganised."
      },
      {
        id: 'no-vendor-supervisor',
        label: 'No vendor supervisor on site — our managers are the ones on the floor with them',
        risk: 3,
        remediation: 'Require the vendor to place a supervisor or team lead on site whenever its agents work at your premises.'
      },
      {
        id: 'indistinguishable',
        label: "Seated within our teams, with badges that look like our employees'",
        risk: 4,
        remediation:
          "Issue visibly different contractor badges, give the vendor's team its own area, and keep any " +
          'shared facilities open to all on site without employee-only access.'
      }
    ]
  },
  {
    id: 'INT-03',
    section: 'integration',
    dimension: 'duration-exclusivity',
    format: 'single',
    amplifier: true,
    prompt: 'How long have most of the individual agents been assigned to your account?',
    plannedPrompt: 'How long do you expect individual agents to stay on your account?',
    help:
      'A continuing relationship with the same people strengthens a finding of employment (Zheng, Salinas, ' +
      'Vizcaino), though it does not decide the case alone. Some companies cap the tenure of external ' +
      'staff, and Germany caps leasing of one worker at 18 months.',
    factors: ['F-DURATION'],
    weight: 1,
    naAllowed: false,
    options: [
      {
        id: 'under-1-year',
        label: 'Less than a year, or the vendor rotates people across its clients',
        risk: 0,
        amplify: 0
      },
      {
        id: '1-to-2-years',
        label: 'One to two years',
        risk: 0,
        amplify: 0.05,
        remediation: 'Ask the vendor how it plans development moves and rotation as tenures on the account grow.'
      },
      {
        id: 'over-2-years',
        label: 'More than two years',
        risk: 0,
        amplify: 0.15,
        remediation:
          'Agree with the vendor how it manages long tenures on the account (rotation, development moves), ' +
          'and make sure control findings elsewhere are resolved first.'
      },
      {
        id: 'over-5-years',
        label: 'Many for five years or more',
        risk: 0,
        amplify: 0.2,
        remediation:
          'Review long tenures with the vendor and counsel; resolve any control findings first, since ' + 'duration magnifies them.'
      }
    ]
  },
  {
    id: 'INT-07',
    section: 'integration',
    dimension: 'duration-exclusivity',
    format: 'single',
    amplifier: true,
    prompt: "About how much of the agents' working time goes to your account?",
    plannedPrompt: "About how much of the agents' working time will go to your account?",
    help:
      'Working only or mainly for one client is a Zheng factor and, under the US wage-and-hour test, a ' +
      'sign of economic dependence on that client. It adds weight to other evidence but is not decisive: a ' +
      'claim that a bank jointly employed a call-centre team dedicated to it was dismissed at the pleading ' +
      'stage, where the facts alleged left hiring, pay, schedules and records with the vendor (Lepkowski).',
    factors: ['F-EXCLUSIVITY'],
    weight: 1,
    naAllowed: false,
    options: [
      { id: 'under-quarter', label: 'Less than a quarter — they mostly serve other clients of the vendor', risk: 0, amplify: 0 },
      { id: 'quarter-to-most', label: 'Between a quarter and three quarters', risk: 0, amplify: 0 },
      {
        id: 'most',
        label: 'More than three quarters',
        risk: 0,
        amplify: 0.05,
        remediation: 'Let the vendor use the team for other clients where the service allows, and keep staffing moves with the vendor.'
      },
      {
        id: 'all',
        label: 'All of it — they work only on our account',
        plannedLabel: 'All of it — they will work only on our account',
        risk: 0,
        amplify: 0.05,
        remediation: 'Keep staffing moves with the vendor and make sure control findings elsewhere are resolved first.'
      }
    ]
  },
  {
    id: 'INT-08',
    section: 'integration',
    dimension: 'duration-exclusivity',
    format: 'single',
    amplifier: true,
    prompt: 'Who decides which individuals stay on your account?',
    plannedPrompt: 'Who will decide which individuals stay on your account?',
    help:
      'A continuing relationship with the same named people is a Zheng and Salinas factor. Specifying the ' +
      'service by skills and capacity, and leaving it to the vendor to move people between its accounts, ' +
      'keeps the relationship with the vendor rather than with the individuals.',
    factors: ['F-DURATION', 'F-EXCLUSIVITY'],
    weight: 1,
    naAllowed: false,
    options: [
      {
        id: 'vendor-moves',
        label: 'The vendor moves people between accounts as it sees fit',
        plannedLabel: 'The vendor will move people between accounts as it sees fit',
        risk: 0,
        amplify: 0
      },
      {
        id: 'named-expected',
        label: 'We expect the same named individuals to stay, or ask for particular people to be kept',
        plannedLabel: 'We will expect the same named individuals to stay',
        risk: 0,
        amplify: 0.1,
        remediation: 'Specify the service by skills and capacity rather than named people, and leave staffing moves ' + 'to the vendor.'
      }
    ]
  },
  {
    id: 'INT-05',
    section: 'integration',
    dimension: 'integration',
    format: 'single',
    amplifier: true,
    prompt: 'Do your own employees do the same work as the agents?',
    plannedPrompt: 'Will your own employees do the same work as the agents?',
    help:
      'Work that is an integral part of your business, done interchangeably with your employees, supports ' +
      'a finding of employment when control is present. A distinct process that the vendor runs end to end ' +
      'is easier to show as a service.',
    factors: ['F-INTEGRATION', 'F-SERVICE-MODEL'],
    weight: 1,
    naAllowed: false,
    options: [
      {
        id: 'distinct',
        label: 'No — the vendor runs a distinct process end to end (a queue, language, channel or back-office step)',
        plannedLabel: 'No — the vendor will run a distinct process end to end',
        risk: 0,
        amplify: 0
      },
      {
        id: 'partial-overlap',
        label: 'Partly — some of the same work is also done by our staff',
        risk: 0,
        amplify: 0.1,
        remediation: "Define the vendor's scope as separate queues, channels or process steps rather than a share of " + 'the same work.'
      },
      {
        id: 'interchangeable',
        label: 'Yes — agents and our employees work the same queues and cover for each other',
        plannedLabel: 'Yes — agents and our employees will work the same queues',
        risk: 0,
        amplify: 0.25,
        remediation:
          'Split the work so the vendor owns distinct queues or process steps with its own service levels, ' +
          'and stop using agents to cover for individual employees.'
      }
    ]
  },
  {
    id: 'INT-06',
    section: 'integration',
    dimension: 'integration',
    format: 'single',
    prompt: 'Do the agents appear in your own team structures — org charts, team meetings, internal directories?',
    plannedPrompt: 'Will the agents appear in your own team structures — org charts, team meetings, directories?',
    help:
      "Integration into the client's organisation is a German indicator of leasing and, with control, a " +
      "US and UK factor too. Agents should sit in the vendor's organisation and join your meetings " +
      'through their leads.',
    factors: ['F-INTEGRATION'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'vendor-organisation',
        label: "No; they appear under the vendor's organisation and we meet them through the vendor's leads",
        plannedLabel: "No; they will sit in the vendor's organisation",
        risk: 0
      },
      {
        id: 'occasional-meetings',
        label: 'They occasionally join our team meetings or calls to receive information',
        risk: 1,
        remediation:
          "Brief the vendor's leads instead and let them cascade; where agents must attend, make it a " + 'vendor-hosted session.'
      },
      {
        id: 'in-our-teams',
        label: 'Yes; they are listed in our team structures or report into our team managers',
        risk: 3,
        remediation: "Remove agents from your org charts and reporting lines; show the vendor's team as a supplier " + 'with its own leads.'
      }
    ]
  }
]
