import type { FactorEntry } from './factors'

/** Factors about the workplace: tools and identity, integration, duration, exclusivity and records. */
export const FACTORS_WORKPLACE = [
  // Tools and identity
  {
    id: 'F-TOOLS-PREMISES',
    title: 'Whose equipment, systems and premises are used',
    dimension: 'tools-access',
    description:
      'Furnishing the equipment and place of work is one of the three most important factors in Butler and ' +
      'a Zheng and Salinas factor. In the Philippines a contractor without its own capital, tools and ' +
      "premises is presumed to be a mere labour supplier; in Germany using the client's work equipment " +
      'points to leasing.',
    // the Labor Code (Art. 106) beside D.O. 174 since 2026.7: it is the statute the Philippine sentence states
    sources: [
      'S-ZHENG-2003',
      'S-SALINAS-2017',
      'S-BUTLER-2015',
      'S-REV-RUL-87-41',
      'S-PH-LABOR-CODE-106',
      'S-PH-DO-174-2017',
      'S-DE-LAG-NDS-2015'
    ]
  },
  {
    id: 'F-HOLDING-OUT',
    title: "Presenting vendor workers as the client's own staff",
    dimension: 'tools-access',
    description:
      "Telling workers to say they work for the client, or giving them the client's email identity, " +
      "badges, titles or business cards, treats them as the client's employees and was evidence of joint " +
      'employment in the US cases. Clearly marking external status, as Microsoft did with different badge ' +
      'colours, keeps the line visible.',
    sources: ['S-SALINAS-2017', 'S-HALL-DIRECTV-2015', 'S-MICROSOFT-POLICIES', 'S-UNIFORCE-GUIDELINES']
  },
  {
    id: 'F-MONITORING-DATA',
    title: "Monitoring individual workers through the client's systems",
    dimension: 'tools-access',
    description:
      'Collaboration and reporting tools let a client follow the service without managing people, but ' +
      'acting on individual activity data directly is supervision by other means. The practitioner ' +
      'guidance recommends monitoring progress and giving feedback without direct oversight of the ' +
      "vendor's workers.",
    sources: ['S-SEED-BENSON', 'S-REV-RUL-87-41', 'S-AMS-GOVERNANCE']
  },
  // Integration, duration, exclusivity
  {
    id: 'F-INTEGRATION',
    title: "Integration into the client's operations and workforce",
    dimension: 'integration',
    description:
      "Work that is an integral part of the client's business, done side by side with its employees, in " +
      'its teams and premises, supports a finding of employment when control is also present. On its own ' +
      'it is rarely enough: an English court refused to imply an employment contract from long, integrated ' +
      'service alone.',
    sources: [
      'S-ZHENG-2003',
      'S-EEOC-CONTROL-FACTORS',
      'S-REV-RUL-87-41',
      'S-VIZCAINO-1997',
      'S-DE-LAG-NDS-2015',
      'S-UK-JAMES-2008',
      'S-UK-DACAS-2004'
    ]
  },
  {
    id: 'F-DURATION',
    title: 'Long tenure of the same individuals on the account',
    dimension: 'duration-exclusivity',
    description:
      'A continuing, permanent relationship with the same workers strengthens a finding of employment ' +
      '(Zheng, Salinas, Vizcaino). Some companies cap assignments of external staff; Germany caps leasing ' +
      'of one worker at 18 months. Duration adds weight to control but does not decide the case alone.',
    sources: [
      'S-ZHENG-2003',
      'S-SALINAS-2017',
      'S-VIZCAINO-1997',
      'S-EEOC-CONTROL-FACTORS',
      'S-MICROSOFT-POLICIES',
      'S-EU-DAIMLER-2022',
      'S-UK-JAMES-2008'
    ]
  },
  {
    id: 'F-EXCLUSIVITY',
    title: 'Workers dedicated exclusively to one client',
    dimension: 'duration-exclusivity',
    description:
      'Working only or mainly for one client is a Zheng factor and an IRS factor. It amplifies other ' +
      'evidence but is not decisive: a call-centre team that worked only for one bank did not make the ' +
      'bank a joint employer where the vendor hired, paid, scheduled and kept the records.',
    sources: ['S-ZHENG-2003', 'S-REV-RUL-87-41', 'S-LEPKOWSKI-2011']
  },
  {
    id: 'F-COMMON-OWNERSHIP',
    title: 'Vendor owned by or in the same group as the client',
    dimension: 'contract-terms',
    description:
      'Common ownership or management of the two businesses is one of the Salinas factors for sharing the ' +
      'essential terms of employment. The Philippine rules forbid contracting through in-house agencies, ' +
      'and Mexico allows services within a group only as registered specialised services outside the ' +
      "client's main activity.",
    sources: ['S-SALINAS-2017', 'S-PH-DO-174-2017', 'S-MX-2021-REFORM']
  },
  // Records
  {
    id: 'F-RECORDS',
    title: 'Keeping employment records, timekeeping and payroll',
    dimension: 'records-hr',
    description:
      "Maintaining workers' employment records, timesheets or payroll is the fourth US factor; alone it " +
      "is weak evidence, but it reinforces other control. In Salinas workers filled in the client's " +
      'timesheets.',
    sources: ['S-BONNETTE-1983', 'S-FLSA-2020-RULE', 'S-ENTERPRISE-2012', 'S-SALINAS-2017']
  }
] as const satisfies readonly FactorEntry[]
