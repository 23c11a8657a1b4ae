import type { Factor } from '../bank-schema'
import type { SourceId } from './sources'

interface FactorEntry extends Omit<Factor, 'sources'> {
  readonly sources: readonly SourceId[]
}

/**
 * The legal factors the questions evidence. Each states, in plain words, the test a court or agency applies,
 * so a reviewer can follow every point of a score back to the law.
 */
export const FACTORS = [
  // Supervision and direction
  {
    id: 'F-SUPERVISION',
    title: 'Day-to-day supervision and direction of individual workers',
    dimension: 'supervision',
    description:
      'Telling individual workers what to do, how and in what order, and checking that they do it, is the ' +
      'control that nearly every test weighs most. US courts and the NLRB look for direct, substantial and ' +
      'actually exercised supervision; Germany asks whether the client issues person-related instructions; ' +
      'the Philippines and India ask who controls the means and methods of the work; the UK Agency Workers ' +
      'Regulations apply when the client supervises and directs.',
    sources: [
      'S-BONNETTE-1983',
      'S-ZHENG-2003',
      'S-SALINAS-2017',
      'S-ENTERPRISE-2012',
      'S-NLRB-2020-RULE',
      'S-BUTLER-2015',
      'S-REV-RUL-87-41',
      'S-EEOC-CONTROL-FACTORS',
      'S-DE-BGB-611A',
      'S-PH-LABOR-CODE-106',
      'S-IN-IAAI-2009',
      'S-UK-AWR-2010',
      'S-EU-TAW-2008',
      'S-MX-2021-REFORM',
      'S-BR-LAW-6019'
    ]
  },
  {
    id: 'F-RESULT-NOT-PERSON',
    title: 'Requirements aimed at the result, not at individual people',
    dimension: 'supervision',
    description:
      'Setting service levels, quality standards, brand rules and compliance requirements for the service ' +
      'as a whole has repeatedly been held not to make a client an employer. Courts distinguish this from ' +
      'instructing individual workers: control that is limited and routine, or aimed only at the work ' +
      'product, does not count the way person-level direction does.',
    sources: [
      'S-SALAZAR-2019',
      'S-LAYTON-2012',
      'S-MOREAU-2004',
      'S-NLRB-2020-RULE',
      'S-DE-WORK-VS-PERSON',
      'S-DE-LAG-NDS-2015',
      'S-PH-NDV-CONTROL-TEST'
    ]
  },
  {
    id: 'F-PERFORMANCE-MANAGEMENT',
    title: 'Evaluation and coaching of individual workers',
    dimension: 'supervision',
    description:
      'Reviewing, scoring and coaching individual workers is part of day-to-day supervision. Practice ' +
      'guidance says performance issues with named workers should go to their employer, which decides what ' +
      'to do; a client that runs individual reviews or coaching is doing an employer\'s job.',
    sources: ['S-ENTERPRISE-2012', 'S-BUTLER-2015', 'S-UNIFORCE-GUIDELINES', 'S-AMS-GOVERNANCE']
  },
  {
    id: 'F-WORK-ASSIGNMENT',
    title: 'Assigning tasks and setting the order of work for individuals',
    dimension: 'supervision',
    description:
      'Deciding which individual works on which task, in what sequence and to which personal targets is an ' +
      'instruction about the person, not the result. German courts treat it as a sign of labour leasing; ' +
      'US tests count work rules and assignments set by the putative employer.',
    sources: ['S-DE-WORK-VS-PERSON', 'S-DE-LAG-NDS-2015', 'S-ENTERPRISE-2012', 'S-REV-RUL-87-41', 'S-NLRB-2023-RULE']
  },
  // Hiring, removal, discipline
  {
    id: 'F-HIRE-FIRE',
    title: 'Power to select, hire, remove or fire individual workers',
    dimension: 'hiring-removal',
    description:
      'Who decides whether a person gets or keeps the job is among the most important facts in every ' +
      'control test. Choosing, vetoing or removing individual workers — even through the vendor — looks ' +
      'like the power to hire and fire; India asks who has effective control over appointment and ' +
      'dismissal.',
    sources: [
      'S-BONNETTE-1983',
      'S-ENTERPRISE-2012',
      'S-SALINAS-2017',
      'S-BUTLER-2015',
      'S-NLRB-2020-RULE',
      'S-BFI-2015',
      'S-REV-RUL-87-41',
      'S-IN-BALWANT-RAI-2014',
      'S-UK-MUSCAT-2006'
    ]
  },
  {
    id: 'F-DISCIPLINE',
    title: 'Discipline of individual workers',
    dimension: 'hiring-removal',
    description:
      'Warnings, suspensions and other sanctions are an essential term of employment under the NLRB rule ' +
      'and part of day-to-day supervision in the court tests. A client that decides or carries out ' +
      'discipline exercises direct control over the worker.',
    sources: ['S-NLRB-2020-RULE', 'S-ENTERPRISE-2012', 'S-BUTLER-2015', 'S-UNIFORCE-GUIDELINES']
  },
  {
    id: 'F-EEO-INTERFERENCE',
    title: 'Removal requests and complaints under anti-discrimination law',
    dimension: 'hiring-removal',
    description:
      'Under EEOC guidance a client can be liable for interfering with a worker\'s employment, for example ' +
      'by asking for a different worker for a discriminatory reason, even if it is not the employer. ' +
      'Complaints of harassment should reach both the vendor and the client\'s HR so that each can act on ' +
      'its own people.',
    sources: ['S-EEOC-1997-GUIDANCE', 'S-UNIFORCE-GUIDELINES']
  },
  {
    id: 'F-HIRING-PIPELINE',
    title: 'Recruiting the vendor\'s workers',
    dimension: 'hiring-removal',
    description:
      'Using the vendor\'s team as a trial pool for the client\'s own hiring blurs who the worker\'s ' +
      'employer is. Guidance recommends open postings or conversion through the vendor; in the UK agency ' +
      'workers must still be told about vacancies.',
    sources: ['S-UNIFORCE-GUIDELINES', 'S-SALINAS-2017', 'S-UK-AWR-2010']
  },
  // Schedules
  {
    id: 'F-SCHEDULES',
    title: 'Control of individual schedules, hours, overtime and leave',
    dimension: 'schedules',
    description:
      'Setting when individual workers start and stop, approving their overtime or time off, is one of the ' +
      'four core US factors and an essential term under the NLRB rule. German law treats instructions ' +
      'about working time as a mark of an employee. Agreeing service hours and coverage with the vendor is ' +
      'different: that concerns the service, not the person.',
    sources: [
      'S-BONNETTE-1983',
      'S-SALINAS-2017',
      'S-NLRB-2020-RULE',
      'S-REV-RUL-87-41',
      'S-DE-BGB-611A',
      'S-DE-WORK-VS-PERSON',
      'S-UNIFORCE-GUIDELINES'
    ]
  },
  // Pay and benefits
  {
    id: 'F-PAY',
    title: 'Setting, paying or capping workers\' pay',
    dimension: 'pay-benefits',
    description:
      'Who determines the rate and method of pay is a core factor in the US tests; the NLRB counts wages ' +
      'as an essential term, and a contractual cap on wages weighed against the client in Browning-Ferris. ' +
      'Indian courts ask first who pays the salary.',
    sources: [
      'S-BONNETTE-1983',
      'S-FLSA-2020-RULE',
      'S-NLRB-2020-RULE',
      'S-BFI-2015',
      'S-SALINAS-2017',
      'S-IN-IAAI-2009',
      'S-IN-BALWANT-RAI-2014',
      'S-UNIFORCE-GUIDELINES'
    ]
  },
  {
    id: 'F-BENEFITS',
    title: 'Employee benefits and perks',
    dimension: 'pay-benefits',
    description:
      'If workers are later found to be common-law employees, they may claim the client\'s employee ' +
      'benefits, as the long-serving workers in Vizcaino v. Microsoft did. Giving vendor workers employee ' +
      'benefits or perks also treats them as employees in fact.',
    sources: ['S-VIZCAINO-1997', 'S-DARDEN-1992', 'S-NLRB-2020-RULE', 'S-UNIFORCE-GUIDELINES', 'S-EEOC-CONTROL-FACTORS']
  },
  {
    id: 'F-BENEFIT-PLAN-WORDING',
    title: 'Benefit-plan wording that excludes non-payroll workers',
    dimension: 'structural',
    description:
      'Plan documents that exclude anyone not on the company payroll, whether or not later found to be an ' +
      'employee, have been upheld. They limit the benefits exposure that a reclassification would ' +
      'otherwise create.',
    sources: ['S-BENDSEN-2008', 'S-VIZCAINO-1997', 'S-DARDEN-1992']
  },
  // Training
  {
    id: 'F-TRAINING',
    title: 'Training of individual workers',
    dimension: 'training',
    description:
      'Training workers in how to do their job is one of the IRS common-law control factors and a fact ' +
      'courts consider. Supplying product knowledge and materials to the vendor, which trains its own ' +
      'people, is the pattern guidance recommends.',
    sources: ['S-REV-RUL-87-41', 'S-BUTLER-2015', 'S-UNIFORCE-GUIDELINES', 'S-SEED-BENSON']
  },
  // Tools and identity
  {
    id: 'F-TOOLS-PREMISES',
    title: 'Whose equipment, systems and premises are used',
    dimension: 'tools-access',
    description:
      'Furnishing the equipment and place of work is one of the three most important factors in Butler and ' +
      'a Zheng and Salinas factor. In the Philippines a contractor without its own capital, tools and ' +
      'premises is presumed to be a mere labour supplier; in Germany using the client\'s work equipment ' +
      'points to leasing.',
    sources: [
      'S-ZHENG-2003',
      'S-SALINAS-2017',
      'S-BUTLER-2015',
      'S-REV-RUL-87-41',
      'S-PH-DO-174-2017',
      'S-DE-LAG-NDS-2015'
    ]
  },
  {
    id: 'F-HOLDING-OUT',
    title: 'Presenting vendor workers as the client\'s own staff',
    dimension: 'tools-access',
    description:
      'Telling workers to say they work for the client, or giving them the client\'s email identity, ' +
      'badges, titles or business cards, treats them as the client\'s employees and was evidence of joint ' +
      'employment in the US cases. Clearly marking external status, as Microsoft did with different badge ' +
      'colours, keeps the line visible.',
    sources: ['S-SALINAS-2017', 'S-HALL-DIRECTV-2015', 'S-MICROSOFT-POLICIES', 'S-UNIFORCE-GUIDELINES']
  },
  {
    id: 'F-MONITORING-DATA',
    title: 'Monitoring individual workers through the client\'s systems',
    dimension: 'tools-access',
    description:
      'Collaboration and reporting tools let a client follow the service without managing people, but ' +
      'acting on individual activity data directly is supervision by other means. The practitioner ' +
      'guidance recommends monitoring progress and giving feedback without direct oversight of the ' +
      'vendor\'s workers.',
    sources: ['S-SEED-BENSON', 'S-REV-RUL-87-41', 'S-AMS-GOVERNANCE']
  },
  // Integration, duration, exclusivity
  {
    id: 'F-INTEGRATION',
    title: 'Integration into the client\'s operations and workforce',
    dimension: 'integration',
    description:
      'Work that is an integral part of the client\'s business, done side by side with its employees, in ' +
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
  // Records
  {
    id: 'F-RECORDS',
    title: 'Keeping employment records, timekeeping and payroll',
    dimension: 'records-hr',
    description:
      'Maintaining workers\' employment records, timesheets or payroll is the fourth US factor; alone it ' +
      'is weak evidence, but it reinforces other control. In Salinas workers filled in the client\'s ' +
      'timesheets.',
    sources: ['S-BONNETTE-1983', 'S-FLSA-2020-RULE', 'S-ENTERPRISE-2012', 'S-SALINAS-2017']
  },
  // Contract
  {
    id: 'F-SUBSTANCE-OVER-LABEL',
    title: 'Reality prevails over the contract\'s label',
    dimension: 'contract-terms',
    description:
      'Courts and agencies look at what actually happens. "No employment" or "independent contractor" ' +
      'clauses were disregarded where practice differed, and a contract that puts tools or supervision on ' +
      'the vendor does not help if the client supplies them in fact. Reserved rights still count as ' +
      'supporting evidence.',
    sources: [
      'S-VIZCAINO-1997',
      'S-UK-MUSCAT-2006',
      'S-SALINAS-2017',
      'S-DE-BGB-611A',
      'S-REV-RUL-87-41',
      'S-BFI-DC-CIR-2018',
      'S-IN-BHILWARA-2011'
    ]
  },
  {
    id: 'F-SERVICE-MODEL',
    title: 'Managed service versus supply of people',
    dimension: 'contract-terms',
    description:
      'A contract for a defined service, with the vendor responsible for the result and supervising its ' +
      'own people, is treated differently from a supply of headcount that the client directs. EEOC ' +
      'guidance, German law and the Philippine BPO circular all draw this line; practitioners warn of ' +
      'staff augmentation disguised as a statement of work.',
    sources: [
      'S-SIA-SOW',
      'S-EEOC-1997-GUIDANCE',
      'S-DE-LAG-NDS-2015',
      'S-PH-DC-01-2017',
      'S-ASA-QUICK-FACTS',
      'S-SIA-DEFINITION'
    ]
  },
  {
    id: 'F-COMPLIANCE-INDEMNITY',
    title: 'Vendor compliance obligations and indemnity',
    dimension: 'contract-terms',
    description:
      'Contracts commonly state that workers are solely the vendor\'s employees and require the vendor to ' +
      'comply with wage, tax and work-authorisation law and to indemnify the client. These clauses shift ' +
      'cost but do not stop a worker from claiming against the client, so evidence that the vendor ' +
      'actually complies matters.',
    sources: [
      'S-HIREGENICS-CHECKLIST',
      'S-VENDOR-CONTRACTS-2013',
      'S-INDEMNITY-LIMITS-2017',
      'S-MICROSOFT-POLICIES'
    ]
  },
  {
    id: 'F-PRICE-SUFFICIENCY',
    title: 'Price sufficient for lawful wages',
    dimension: 'contract-terms',
    description:
      'California bars some contracts priced too low for the contractor to meet labour law. More ' +
      'generally, a price per worker below a compliant wage cost is an early warning that wages or ' +
      'overtime may go unpaid, and joint employers share that liability.',
    sources: ['S-CA-LC-2810', 'S-FLSA-EMPLOY', 'S-DOL-1958-REG']
  },
  // Governance, escalation, legal review, data security
  {
    id: 'F-GOVERNANCE',
    title: 'Account-level governance of the service',
    dimension: 'governance',
    description:
      'Managing the work rather than the workers — business reviews with the vendor\'s managers on service ' +
      'levels, quality and forecasts — is how clients keep oversight without employer-like control. Courts ' +
      'credited clients that set broad objectives and left daily direction to the vendor.',
    sources: ['S-AMS-GOVERNANCE', 'S-SEED-BENSON', 'S-LAYTON-2012', 'S-LEPKOWSKI-2011']
  },
  {
    id: 'F-ESCALATION',
    title: 'An escalation path that runs through the vendor',
    dimension: 'escalation',
    description:
      'Issues should travel from the client\'s manager to the vendor\'s account or operations manager and ' +
      'then to the vendor\'s team lead, never from the client straight to an individual worker on ' +
      'employment matters. That keeps the vendor in the employer\'s role and leaves a record.',
    sources: ['S-SEED-BENSON', 'S-UNIFORCE-GUIDELINES', 'S-EEOC-1997-GUIDANCE']
  },
  {
    id: 'F-LEGAL-REVIEW',
    title: 'Regular legal review of contract and practice',
    dimension: 'legal-review',
    description:
      'Joint-employment rules move: the US Labor Department rule was issued, vacated and rescinded; the ' +
      'NLRB standard changed three times; India\'s labour codes and Germany\'s guidance on remote work ' +
      'changed in 2025. Periodic review by counsel of both the contract and actual practice catches drift.',
    sources: [
      'S-SEED-BENSON',
      'S-NY-V-SCALIA-2020',
      'S-DOL-2021-RESCISSION',
      'S-DOL-2025-AGENDA',
      'S-CHAMBER-V-NLRB-2024',
      'S-IN-OSH-CODE-2020',
      'S-DE-BA-2025'
    ]
  },
  {
    id: 'F-DATA-SECURITY',
    title: 'Data security handled at vendor level',
    dimension: 'data-security',
    description:
      'Security and data-protection requirements are legitimate result requirements when the vendor ' +
      'applies them to its people and deals with breaches. Managing individual workers\' accounts and ' +
      'sanctions like employees\' brings the client back into the employer\'s role.',
    sources: ['S-SEED-BENSON', 'S-MICROSOFT-POLICIES', 'S-AMS-GOVERNANCE']
  },
  // Structural factors by jurisdiction
  {
    id: 'F-US-FLSA-JOINT-LIABILITY',
    title: 'US joint and several liability for wages and overtime',
    dimension: 'structural',
    description:
      'Joint employers under the FLSA are each liable for all minimum wage and overtime due, and hours ' +
      'worked for both are added together. An indemnity does not remove the client\'s own liability to the ' +
      'workers.',
    sources: ['S-FLSA-EMPLOY', 'S-DOL-2021-RESCISSION', 'S-ZHENG-2003', 'S-INDEMNITY-LIMITS-2017']
  },
  {
    id: 'F-CA-CLIENT-EMPLOYER',
    title: 'California shared liability for on-site contract labour',
    dimension: 'structural',
    description:
      'A California business that obtains workers from a labour contractor for work in its usual course of ' +
      'business, at its premises or worksite, shares liability for their wages and workers\' compensation ' +
      'coverage whether or not it controls them. Small businesses and small crews are excluded.',
    sources: ['S-CA-LC-2810-3']
  },
  {
    id: 'F-CA-ABC-TEST',
    title: 'California ABC test for individuals treated as contractors',
    dimension: 'structural',
    description:
      'In California a person is presumed to be an employee unless free from control in contract and in ' +
      'fact, doing work outside the usual course of the hiring business, and running an independent trade. ' +
      'It matters when individuals serving the account are engaged as independent contractors.',
    sources: ['S-CA-AB5-2019', 'S-SALAZAR-2019']
  },
  {
    id: 'F-PH-REGISTRATION',
    title: 'Philippine contractor registration or BPO carve-out',
    dimension: 'structural',
    description:
      'Contractors covered by DOLE Department Order 174 must register; without registration they are ' +
      'presumed to be labour-only contractors. Genuine outsourcing of an entire or specific business ' +
      'process falls under the 2017 BPO circular instead, but complaints can still rely on evidence of ' +
      'client control.',
    sources: ['S-PH-DO-174-2017', 'S-PH-DC-01-2017', 'S-PH-DC-01-2012', 'S-PH-NDV-CONTROL-TEST']
  },
  {
    id: 'F-PH-LABOUR-ONLY',
    title: 'Philippine labour-only contracting test',
    dimension: 'structural',
    description:
      'An arrangement is labour-only contracting if the contractor lacks substantial capital or investment ' +
      'and its workers do work directly related to the principal\'s main business, or if the contractor ' +
      'does not control the work. The principal then becomes the direct employer, liable with the ' +
      'contractor; where the principal says the contractor is legitimate, it must prove it.',
    sources: [
      'S-PH-LABOR-CODE-106',
      'S-PH-DO-174-2017',
      'S-PH-ALILIN-2014',
      'S-PH-ALIVIADO',
      'S-PH-NDV-CONTROL-TEST'
    ]
  },
  {
    id: 'F-PH-PROHIBITED-PRACTICES',
    title: 'Philippine prohibited contracting practices',
    dimension: 'structural',
    description:
      'D.O. 174 lists practices that have the same effect as labour-only contracting, such as repeated ' +
      'short contracts for the same workers, employment contracts shorter than the service agreement, and ' +
      'requiring pre-signed resignations or quitclaims.',
    sources: ['S-PH-DO-174-2017']
  },
  {
    id: 'F-IN-LICENCE',
    title: 'Indian contractor licence and registration',
    dimension: 'structural',
    description:
      'Contract labour above the statutory threshold needs a licensed contractor (and, under the old Act, ' +
      'a registered principal employer). The Supreme Court treated missing registration and licence as ' +
      'support for finding the contract a camouflage, making the workers the principal\'s own.',
    sources: ['S-IN-CLRA-1970', 'S-IN-OSH-CODE-2020', 'S-IN-HSEB-1999', 'S-IN-SAIL-2001']
  },
  {
    id: 'F-IN-CORE-ACTIVITY',
    title: 'Indian limits on contract labour in core activities',
    dimension: 'structural',
    description:
      'The OSH Code bars contract labour in core activities by default, with exceptions for work ' +
      'ordinarily outsourced in the industry, work not needing full-time workers, and sudden time-bound ' +
      'surges. The old Act allowed abolition where work is perennial and ordinarily done by regular ' +
      'workers.',
    sources: ['S-IN-OSH-CODE-2020', 'S-IN-CLRA-1970']
  },
  {
    id: 'F-IN-SHAM-CONTRACT',
    title: 'Indian sham-contract test: who pays and who really controls',
    dimension: 'structural',
    description:
      'Indian courts ask whether the principal pays the workers and holds effective and absolute control ' +
      'over appointment, dismissal and pay; supervision alone is not enough. The principal must pay wages ' +
      'if the contractor defaults, so its representative should witness wage payment and act on default.',
    sources: [
      'S-IN-BALWANT-RAI-2014',
      'S-IN-IAAI-2009',
      'S-IN-BHILWARA-2011',
      'S-IN-CLRA-1970',
      'S-IN-WAGE-OVERSIGHT-2013'
    ]
  },
  {
    id: 'F-DE-SERVICE-VS-LEASING',
    title: 'German service contract versus concealed labour leasing',
    dimension: 'structural',
    description:
      'Under a genuine contract for work or services the vendor organises the work and answers for the ' +
      'result. If the client\'s staff give person-related instructions — tasks, sequence, working time, ' +
      'place — and the workers are integrated into the client\'s operations, the arrangement is labour ' +
      'leasing whatever the contract says.',
    sources: ['S-DE-LAG-NDS-2015', 'S-DE-WORK-VS-PERSON', 'S-DE-BGB-611A', 'S-EU-TAW-2008']
  },
  {
    id: 'F-DE-DESIGNATION',
    title: 'German designation, disclosure and licence duties for leasing',
    dimension: 'structural',
    description:
      'Since April 2017 leasing must be expressly designated as such, each worker named before the ' +
      'assignment, and the vendor must hold a leasing licence. A reserve licence no longer cures a ' +
      'mislabelled service contract: the worker is deemed employed by the client and fines can follow.',
    sources: ['S-DE-AUG-2017', 'S-DE-BAG-2016', 'S-DE-BA-2024', 'S-DE-BA-2025']
  },
  {
    id: 'F-DE-MAX-DURATION',
    title: 'German 18-month maximum for leasing one worker',
    dimension: 'structural',
    description:
      'A leased worker may generally work for the same client for at most 18 months, and equal pay with ' +
      'the client\'s employees applies after nine months at the latest.',
    sources: ['S-DE-AUG-2017', 'S-EU-TAW-2008', 'S-EU-DAIMLER-2022']
  },
  {
    id: 'F-UK-TUPE',
    title: 'UK TUPE service provision change',
    dimension: 'structural',
    description:
      'When a service is outsourced, moves to a new vendor or comes back in house, employees in an ' +
      'organised grouping in Great Britain whose main purpose is serving that client can transfer ' +
      'automatically to the new provider or to the client.',
    sources: ['S-UK-TUPE-2006']
  },
  {
    id: 'F-UK-AWR',
    title: 'UK Agency Workers Regulations scope and rights',
    dimension: 'structural',
    description:
      'If the client supervises and directs the vendor\'s workers, they may be agency workers: from day ' +
      'one they may use collective facilities and must be told about vacancies, and after 12 weeks in the ' +
      'same role they get the basic pay and working conditions of a direct recruit. Genuine managed ' +
      'services are outside.',
    sources: ['S-UK-AWR-2010', 'S-EU-TAW-2008', 'S-UK-DACAS-2004', 'S-UK-MUSCAT-2006']
  },
  {
    id: 'F-MX-REPSE',
    title: 'Mexican REPSE registration of specialised service providers',
    dimension: 'structural',
    description:
      'Since 2021 Mexico bans supplying personnel to work for another; only specialised services by a ' +
      'provider registered in the REPSE register, renewed every three years, are allowed. The client is ' +
      'jointly liable for the provider\'s labour obligations, and payments for non-compliant services lose ' +
      'tax deductibility.',
    sources: ['S-MX-2021-REFORM', 'S-MX-REPSE-2023']
  },
  {
    id: 'F-MX-CORE-BUSINESS',
    title: 'Mexican core-business limit',
    dimension: 'structural',
    description:
      'Specialised services are only allowed if they are not part of the client\'s corporate purpose or ' +
      'predominant economic activity; inspectors can check this with the client.',
    sources: ['S-MX-2021-REFORM', 'S-MX-REPSE-2023']
  },
  {
    id: 'F-BR-SUBSIDIARY-LIABILITY',
    title: 'Brazilian subsidiary liability and scope of use',
    dimension: 'structural',
    description:
      'Brazil allows outsourcing of any activity, including the core one, to a provider with adequate ' +
      'capital that hires, pays and directs its workers. The client is subsidiarily liable for labour ' +
      'obligations during the service, must not use the workers outside the contracted activities, and ' +
      'must ensure safety and health on its premises.',
    sources: ['S-BR-LAW-6019', 'S-BR-STF-2018', 'S-BR-STF-ARE-791932']
  },
  {
    id: 'F-CO-INTERMEDIATION',
    title: 'Colombian ban on intermediation for permanent core activities',
    dimension: 'structural',
    description:
      'Colombia prohibits supplying workers for permanent core activities through cooperatives or other ' +
      'intermediaries; only temporary service companies may supply workers, for occasional needs, leave ' +
      'cover or peaks of up to six months extendable once. The sources date from 2018 and need confirming.',
    sources: ['S-CO-DECREE-2025-2011', 'S-CO-DECREE-683-2018']
  }
] as const satisfies readonly FactorEntry[]

export type FactorId = (typeof FACTORS)[number]['id']
