import type { Section } from '../bank-schema'

interface SectionEntry extends Omit<Section, 'practiceAreas'> {
  readonly practiceAreas: readonly Section['practiceAreas'][number][]
}

/** Heat-map columns, in the order the questionnaire walks through them. */
export const SECTIONS = [
  {
    id: 'supervision',
    title: 'Supervision & direction',
    shortTitle: 'Supervision',
    summary:
      "Who tells the vendor's agents what to do and how, who evaluates and coaches them, and whether your " +
      'requirements reach the vendor as results to deliver or reach individual agents as instructions.',
    practiceAreas: ['boundaries', 'vendor-management']
  },
  {
    id: 'people',
    title: 'Hiring, removal & discipline',
    shortTitle: 'Hiring & removal',
    summary:
      'Who chooses the agents on your account, who decides to take someone off it or discipline them, and ' +
      "how you recruit from the vendor's team.",
    practiceAreas: ['boundaries', 'vendor-management']
  },
  {
    id: 'time-pay',
    title: 'Schedules & pay',
    shortTitle: 'Schedules & pay',
    summary:
      "Who sets agents' shifts, overtime and leave, who decides their pay and bonuses, and whether they " +
      'share in your employee benefits.',
    practiceAreas: ['boundaries', 'contracts']
  },
  {
    id: 'training',
    title: 'Training & knowledge',
    shortTitle: 'Training',
    summary:
      "How your product and process knowledge reaches the agents: through the vendor's trainers and " +
      'materials you supply, or through your staff training and certifying individuals.',
    practiceAreas: ['training-knowledge-transfer']
  },
  {
    id: 'tools',
    title: 'Tools, systems & access',
    shortTitle: 'Tools & access',
    summary:
      'Whose equipment and systems the agents use, how they are identified in email, badges and to ' +
      'customers, how their activity data is used, and how security rules are applied.',
    practiceAreas: ['technology-tools']
  },
  {
    id: 'integration',
    title: 'Integration & tenure',
    shortTitle: 'Integration',
    summary:
      'Where the agents work, how long the same people stay on your account, whether they work only for ' +
      'you and alongside your employees. These facts amplify any control found elsewhere.',
    practiceAreas: ['boundaries']
  },
  {
    id: 'contract',
    title: 'Contract & records',
    shortTitle: 'Contract & records',
    summary:
      "What the contract buys (a service or a number of people), how targets are set, the vendor's " +
      'employer and compliance obligations, whether the price can carry lawful wages, and who keeps the ' +
      "agents' records.",
    practiceAreas: ['contracts']
  },
  {
    id: 'governance',
    title: 'Governance & escalation',
    shortTitle: 'Governance',
    summary:
      "How the relationship is run: business reviews with the vendor's managers, who owns the " +
      'relationship, the escalation path, complaints, and legal review.',
    practiceAreas: ['vendor-management', 'communication-escalation', 'boundaries']
  },
  {
    id: 'jurisdiction',
    title: 'Local legal requirements',
    shortTitle: 'Local law',
    summary:
      'Structural tests that apply in the countries where the service is delivered — registration, ' +
      'licences, capital, core-activity limits, leasing rules, transfer of staff — whatever the day-to-day ' +
      'control picture.',
    practiceAreas: ['contracts', 'vendor-management']
  }
] as const satisfies readonly SectionEntry[]

export type SectionId = (typeof SECTIONS)[number]['id']
