import type { Profile } from '../bank-schema'
import type { SourceId } from './sources'

type CountryCode = Profile['match']['countries'][number]
type UsStateCode = NonNullable<Profile['match']['clientUsStates']>[number]

interface ProfileEntry extends Omit<Profile, 'match' | 'structuralChecks' | 'localAdvice' | 'sources'> {
  readonly match: { readonly countries: readonly CountryCode[]; readonly clientUsStates?: readonly UsStateCode[] }
  readonly structuralChecks: readonly { readonly title: string; readonly description: string }[]
  readonly localAdvice: readonly string[]
  readonly sources: readonly SourceId[]
}

/**
 * Jurisdiction profiles. Each structural check is asked by a question in the "jurisdiction" section whose
 * appliesTo names the profile (see questions-jurisdiction-*.ts). Local advice is shown next to generic
 * remediation so that no generic fix is read as overriding local law.
 */
export const PROFILES = [
  {
    id: 'us-federal',
    name: 'United States (federal)',
    summary:
      'Several federal tests overlap. Wage-and-hour claims (FLSA) look at who hires and fires, supervises ' +
      'and schedules, sets pay and keeps records, plus premises, integration and exclusivity; the Labor ' +
      'Department\'s 2020 rule was vacated and rescinded and a new proposal was planned for late 2025. The ' +
      'NLRB\'s 2020 rule asks whether the client actually exercises substantial direct and immediate ' +
      'control over essential terms. Discrimination claims weigh hiring and firing, day-to-day supervision ' +
      'and who furnishes equipment and the workplace; tax and benefits claims use the common-law ' +
      'right-to-control test, as in Vizcaino v. Microsoft.',
    match: { countries: ['US'] },
    weightMultipliers: { 'pay-benefits': 1.2 },
    structuralChecks: [
      {
        title: 'Benefit plans exclude non-payroll workers',
        description:
          'Your benefit plan documents should exclude anyone not on your payroll even if later found to be ' +
          'your employee, so a reclassification does not open plan eligibility.'
      },
      {
        title: 'Vendor pays for all hours worked',
        description:
          'Joint employers are each liable for all minimum wage and overtime due, so check evidence that ' +
          'the vendor pays agents for all hours worked, with correct overtime classification.'
      }
    ],
    localAdvice: [
      'Keep the NLRB\'s essential terms — wages, benefits, hours, hiring, discharge, discipline, supervision and ' +
        'direction — with the vendor in practice. Rights over them reserved in the contract count as ' +
        'supporting evidence, so remove them rather than just leaving them unused.',
      'An indemnity shifts cost but does not stop agents from claiming unpaid wages from you; ask for evidence of ' +
        'wage-and-hour compliance, not only a clause.',
      'Never ask for a named agent to be replaced for a reason linked to a protected characteristic such as age, ' +
        'accent or appearance; raise service issues with facts and let the vendor decide.',
      'The federal standard is moving (a new Labor Department joint-employer proposal was on the 2025 agenda); ' +
        'have counsel confirm which test applies in your circuit before relying on this assessment.'
    ],
    sources: [
      'S-FLSA-EMPLOY',
      'S-DOL-2021-RESCISSION',
      'S-DOL-2025-AGENDA',
      'S-NLRB-2020-RULE',
      'S-CHAMBER-V-NLRB-2024',
      'S-EEOC-1997-GUIDANCE',
      'S-BUTLER-2015',
      'S-REV-RUL-87-41',
      'S-VIZCAINO-1997',
      'S-BENDSEN-2008'
    ]
  },
  {
    id: 'us-california',
    name: 'California (client in California)',
    summary:
      'California adds liability that does not depend on control: a business that obtains workers from a ' +
      'labour contractor for its usual work at its premises or worksite shares responsibility for their ' +
      'wages and workers\' compensation coverage. Joint-employer claims under state law use broad ' +
      'definitions (control over wages, hours or working conditions; "suffer or permit"; common-law ' +
      'employment), and individuals engaged as independent contractors face the ABC test.',
    match: { countries: [], clientUsStates: ['CA'] },
    weightMultipliers: { 'pay-benefits': 1.3, schedules: 1.2 },
    structuralChecks: [
      {
        title: 'Shared wage liability for on-site work (Labor Code 2810.3)',
        description:
          'If the vendor\'s agents work at your California premises or worksite on work that is part of ' +
          'your usual business, you share liability for their wages and workers\' compensation coverage; ' +
          'check that the vendor pays correctly and is insured.'
      },
      {
        title: 'Individuals treated as independent contractors (ABC test)',
        description:
          'Anyone serving the account as an independent contractor — engaged by you or by the vendor — is ' +
          'presumed to be an employee unless all three parts of the ABC test are met.'
      }
    ],
    localAdvice: [
      'For on-site work in your usual course of business, keeping control with the vendor does not remove shared ' +
        'wage and workers\' compensation liability; verify payment and coverage at least every quarter and ' +
        'keep the evidence.',
      'If the price per agent-hour could not carry California wages, overtime and required benefits, renegotiate ' +
        'the price rather than rely on an indemnity.',
      'Do not engage individual agents directly as freelancers without counsel reviewing the ABC test.'
    ],
    sources: ['S-CA-LC-2810-3', 'S-CA-LC-2810', 'S-CA-AB5-2019', 'S-SALAZAR-2019']
  },
  {
    id: 'philippines',
    name: 'Philippines',
    summary:
      'The Labor Code and DOLE Department Order 174 treat a principal as the direct employer where the ' +
      'contractor only supplies labour: it lacks substantial capital or investment while its workers do ' +
      'work directly related to the principal\'s main business, or it does not control the work. A 2017 ' +
      'circular takes genuine outsourcing of an entire business process out of D.O. 174, but complaints ' +
      'can still rely on evidence of client control, and a principal that asserts the contractor is ' +
      'legitimate must prove it.',
    match: { countries: ['PH'] },
    weightMultipliers: { supervision: 1.3, 'tools-access': 1.2, structural: 1.5 },
    structuralChecks: [
      {
        title: 'DOLE registration or BPO carve-out',
        description:
          'Either the vendor is registered with DOLE under D.O. 174, or the engagement is outsourcing of ' +
          'an entire or specific business process covered by Department Circular 01-17 — and you can show ' +
          'which.'
      },
      {
        title: 'Substantial capital, premises and equipment',
        description:
          'The vendor has substantial capital (at least PHP 5 million paid-up for a company) and runs the ' +
          'service with its own premises, tools and equipment.'
      },
      {
        title: 'Work directly related to your main business',
        description:
          'Whether the agents do work directly related to your main business, which combined with weak ' +
          'capital or client control points to labour-only contracting.'
      },
      {
        title: 'Prohibited contracting practices',
        description:
          'No repeated short contracts for the same agents, no employment contracts shorter than the ' +
          'service agreement, no pre-signed resignations or quitclaims.'
      }
    ],
    localAdvice: [
      'Keep a file proving the vendor is a legitimate contractor — DOLE registration or the reason the BPO ' +
        'circular applies, paid-up capital, its own premises and equipment — because you may carry the ' +
        'burden of proof.',
      'Equipment or premises you supply count against the vendor\'s own investment here; where you must supply ' +
        'items for security, keep the vendor\'s own investment in the service visible and documented.',
      'Judge the vendor on results and give requirements to its team leads; do not supervise, schedule or ' +
        'discipline agents, since the control test alone can make you the direct employer.',
      'Even with a legitimate contractor you share liability for labour-standards violations on your work, so ' +
        'check that wages and statutory benefits are paid.'
    ],
    sources: [
      'S-PH-LABOR-CODE-106',
      'S-PH-DO-174-2017',
      'S-PH-DC-01-2017',
      'S-PH-ALILIN-2014',
      'S-PH-ALIVIADO',
      'S-PH-NDV-CONTROL-TEST'
    ]
  },
  {
    id: 'india',
    name: 'India',
    summary:
      'The OSH Code 2020, in force since 21 November 2025 with rules still being finalised, replaced the ' +
      'Contract Labour Act: contractors above 50 contract workers need a licence, and contract labour in ' +
      'core activities is barred by default with exceptions. Courts treat a contract as a sham where the ' +
      'principal pays the workers or holds effective and absolute control over appointment, dismissal and ' +
      'pay; supervision alone is not enough. Regular employees of the contractor with increments and ' +
      'social-security benefits fall outside "contract labour".',
    match: { countries: ['IN'] },
    weightMultipliers: { 'hiring-removal': 1.3, 'pay-benefits': 1.3, structural: 1.5 },
    structuralChecks: [
      {
        title: 'Contractor licence and registration',
        description:
          'The vendor holds the contractor licence required for this work (and any registration the ' +
          'transition rules still require of you), or is outside the threshold.'
      },
      {
        title: 'Core activity',
        description:
          'Whether the outsourced work is a core activity of your establishment and, if so, which ' +
          'exception applies (ordinarily outsourced in the industry, not full-time work, or a time-bound ' +
          'surge).'
      },
      {
        title: 'Who pays, and wage oversight',
        description:
          'The vendor pays the agents as its regular employees with statutory benefits, and someone on ' +
          'your side checks that wages are paid and acts on any default.'
      }
    ],
    localAdvice: [
      'Appointment, dismissal and pay decide the sham-contract test more than supervision: make sure the vendor ' +
        'alone decides them, in fact as well as on paper.',
      'Where the law gives you an oversight duty over wage payment, perform it through a nominated representative ' +
        'and act on defaults; courts have held that supervision the law itself requires is not, on its ' +
        'own, the control that makes a principal the employer.',
      'If the work could be a core activity, record why it is ordinarily outsourced in your industry or which ' +
        'other exception applies.',
      'The codes\' implementing rules were still being published in late 2025; confirm thresholds and licensing ' +
        'with counsel.'
    ],
    sources: [
      'S-IN-OSH-CODE-2020',
      'S-IN-CLRA-1970',
      'S-IN-SAIL-2001',
      'S-IN-IAAI-2009',
      'S-IN-BALWANT-RAI-2014',
      'S-IN-HSEB-1999',
      'S-IN-BHILWARA-2011',
      'S-IN-WAGE-OVERSIGHT-2013'
    ]
  },
  {
    id: 'germany',
    name: 'Germany',
    summary:
      'German law decides by actual performance, not the contract\'s label. Under a genuine contract for ' +
      'work or services the vendor organises the work and answers for the result; if the client\'s staff ' +
      'give person-related instructions (tasks, sequence, working time, place) and the agents are ' +
      'integrated into the client\'s operations, it is labour leasing. Leasing must be designated and ' +
      'disclosed, the vendor licensed, and one worker may be leased for at most 18 months; concealed ' +
      'leasing makes the agents the client\'s employees by law and can be fined.',
    match: { countries: ['DE'] },
    weightMultipliers: {
      supervision: 1.5,
      schedules: 1.3,
      integration: 1.3,
      'tools-access': 1.2,
      structural: 1.3
    },
    structuralChecks: [
      {
        title: 'Genuine service contract',
        description:
          'The contract defines a service or result that the vendor organises and answers for, and in ' +
          'practice your staff give only work-related instructions about that result.'
      },
      {
        title: 'Designation, disclosure and licence if it is leasing',
        description:
          'If your staff direct the agents personally, the arrangement is expressly designated as leasing, ' +
          'each worker is named before assignment, and the vendor holds a leasing licence.'
      },
      {
        title: '18-month maximum and equal pay',
        description:
          'In a leasing arrangement no individual works for you beyond 18 months, and equal pay applies ' +
          'after nine months at the latest.'
      }
    ],
    localAdvice: [
      'Writing "the vendor directs its staff" into the contract does not cure person-related instructions, ' +
        'because actual performance prevails. Either stop giving them, or — where you genuinely need to ' +
        'direct people — use an expressly designated, licensed leasing arrangement.',
      'Passing the same person-related instruction through the vendor\'s team lead does not change its nature. ' +
        'Give work-related requirements (what result, which acceptance criteria) and leave tasks, ' +
        'sequence, working time and place to the vendor.',
      'Keep the organisations visibly separate: a vendor supervisor or point of contact, its own team space and, ' +
        'where feasible, its own equipment; do not put agents on your teams\' rosters.',
      'Works councils have information rights about external personnel; involve yours.',
      'The Federal Employment Agency\'s view of remote work from abroad changed in 2024 and again in 2025; if ' +
        'German staff direct agents working outside Germany, have counsel check even though this profile ' +
        'is only switched on by delivery from Germany.'
    ],
    sources: [
      'S-DE-BGB-611A',
      'S-DE-AUG-2017',
      'S-DE-LAG-NDS-2015',
      'S-DE-WORK-VS-PERSON',
      'S-DE-BAG-2016',
      'S-DE-BA-2024',
      'S-DE-BA-2025',
      'S-EU-TAW-2008'
    ]
  },
  {
    id: 'united-kingdom',
    name: 'United Kingdom',
    summary:
      'The Agency Workers Regulations apply to people supplied to work under the supervision and direction ' +
      'of the hirer, not to genuine managed services; who supervises and directs is the deciding question. ' +
      'Courts imply an employment contract with the end user only where necessary, and long or integrated ' +
      'service is not enough on its own. TUPE can move a dedicated UK team automatically when the service ' +
      'changes vendor or comes back in house.',
    match: { countries: ['GB'] },
    weightMultipliers: { supervision: 1.3 },
    structuralChecks: [
      {
        title: 'TUPE on vendor change or insourcing',
        description:
          'Whether a dedicated team in Great Britain serves mainly your account, and whether the contract ' +
          'allocates TUPE obligations and indemnities on entry and exit.'
      },
      {
        title: 'Agency Workers Regulations scope',
        description:
          'If your staff supervise and direct the agents, they may be agency workers with day-one rights ' +
          '(facilities, vacancies) and equal basic conditions after 12 weeks.'
      }
    ],
    localAdvice: [
      'Do not shut the vendor\'s agents out of shared on-site facilities such as the canteen or transport, or keep ' +
        'vacancies from them, to look "arm\'s length": if the Regulations apply they have day-one rights ' +
        'to both. Use clearly different badges and vendor supervision instead.',
      'Plan TUPE at signature and at exit: allocation and indemnity clauses, and employee information to be ' +
        'provided before any change of vendor.',
      'Keep the arrangement a genuine managed service, with the vendor supervising and directing its people.'
    ],
    sources: ['S-UK-AWR-2010', 'S-UK-TUPE-2006', 'S-UK-DACAS-2004', 'S-UK-MUSCAT-2006', 'S-UK-JAMES-2008']
  },
  {
    id: 'mexico',
    name: 'Mexico',
    summary:
      'Since the 2021 reform Mexico prohibits subcontracting of personnel — making one\'s workers ' +
      'available to work for another. Only specialised services or works outside the client\'s corporate ' +
      'purpose and predominant economic activity are allowed, by a provider registered in REPSE (renewed ' +
      'every three years). The client is jointly liable if the provider breaches its labour obligations, ' +
      'and non-compliant services are not tax-deductible.',
    match: { countries: ['MX'] },
    weightMultipliers: { supervision: 1.3, structural: 1.5 },
    structuralChecks: [
      {
        title: 'REPSE registration',
        description: 'The vendor holds a current REPSE registration covering the contracted specialised service.'
      },
      {
        title: 'Outside your corporate purpose and main activity',
        description:
          'The outsourced service is not part of your corporate purpose or predominant economic activity.'
      },
      {
        title: 'Evidence of the vendor\'s labour compliance',
        description:
          'Because you are jointly liable, you hold evidence that the vendor meets its labour obligations ' +
          'to the agents and can answer an inspector\'s request for information.'
      }
    ],
    localAdvice: [
      'A current REPSE registration for the contracted service is needed whatever the day-to-day control ' +
        'picture; good arm\'s-length practice does not replace it. Check it at onboarding and at every renewal.',
      'If the service falls within your corporate purpose or main activity, changing how you manage the agents ' +
        'will not fix it; take legal advice on the structure.',
      'Keep the agents taking instructions from the vendor: working "at the instructions" of the beneficiary is ' +
        'what marks prohibited subcontracting of personnel.'
    ],
    sources: ['S-MX-2021-REFORM', 'S-MX-REPSE-2023']
  },
  {
    id: 'brazil',
    name: 'Brazil',
    summary:
      'Since 2017 Brazilian law allows outsourcing of any activity, including the core one, and the ' +
      'Supreme Court upheld this, including for call centres. The provider must hire, pay and direct its ' +
      'workers and meet minimum capital by headcount; the client must not use the workers outside the ' +
      'contracted activities, must ensure safety and health on its premises, and is subsidiarily liable ' +
      'for labour obligations during the service.',
    match: { countries: ['BR'] },
    weightMultipliers: { supervision: 1.3, structural: 1.2 },
    structuralChecks: [
      {
        title: 'Monitoring for subsidiary liability',
        description:
          'You regularly check that the vendor pays wages, benefits and labour charges for the agents on ' +
          'your service.'
      },
      {
        title: 'Contracted scope and on-site safety',
        description:
          'Agents are used only for the contracted activities, and you ensure safety, hygiene and health ' +
          'where they work on your premises.'
      },
      {
        title: 'Provider capital',
        description: 'The vendor meets the minimum share capital for its headcount.'
      }
    ],
    localAdvice: [
      'Outsourcing core activities is permitted here; the residual risk is your staff directing agents or using ' +
        'them outside the contracted scope, so keep direction with the vendor.',
      'Ask for monthly evidence that wages, benefits and labour charges were paid, and keep it: subsidiary ' +
        'liability makes you answer for the vendor\'s defaults during the service.'
    ],
    sources: ['S-BR-LAW-6019', 'S-BR-STF-2018', 'S-BR-STF-ARE-791932']
  },
  {
    id: 'colombia',
    name: 'Colombia',
    summary:
      'Colombia prohibits labour intermediation for permanent core activities through cooperatives or ' +
      'other intermediaries; only temporary service companies (EST) may supply workers, and only for ' +
      'occasional or transitory work, leave cover or peaks of up to six months extendable by six. The ' +
      'sources found date from 2018, so counsel should confirm the current rules.',
    match: { countries: ['CO'] },
    weightMultipliers: { structural: 1.5, integration: 1.2 },
    structuralChecks: [
      {
        title: 'No intermediation for permanent core work',
        description:
          'If the agents do permanent core work for you, the vendor runs a genuine service under its own ' +
          'direction rather than supplying workers; supplied workers come only from a temporary service ' +
          'company for a temporary need within the time limit.'
      }
    ],
    localAdvice: [
      'Where the work is permanent and core to your business, make sure the vendor delivers and directs a ' +
        'service rather than supplying people for you to direct.',
      'The rules found date from 2018; have counsel confirm them before relying on this assessment.'
    ],
    sources: ['S-CO-DECREE-2025-2011', 'S-CO-DECREE-683-2018']
  }
] as const satisfies readonly ProfileEntry[]

export type ProfileId = (typeof PROFILES)[number]['id']
