import type { FactorEntry } from './factors'

/** Structural factors: rules of particular jurisdictions that apply whatever the day-to-day control picture. */
export const FACTORS_STRUCTURAL = [
  // Structural factors by jurisdiction
  {
    id: 'F-US-FLSA-JOINT-LIABILITY',
    title: 'US joint and several liability for wages and overtime',
    dimension: 'structural',
    description:
      'Joint employers under the FLSA are each liable for all minimum wage and overtime due, and hours ' +
      "worked for both are added together. An indemnity does not remove the client's own liability to the " +
      'workers.',
    sources: ['S-FLSA-EMPLOY', 'S-DOL-2021-RESCISSION', 'S-ZHENG-2003', 'S-INDEMNITY-LIMITS-2017']
  },
  // The FLSA economic-reality factors beyond formal control (bank 2026.3): Zheng held that a client can be a
  // joint employer without hiring, paying or scheduling anyone, on these facts weighed together.
  {
    id: 'F-US-LINE-JOB',
    title: "A line job in the client's own process (FLSA)",
    dimension: 'structural',
    description:
      "Under the FLSA's economic-reality test, workers who do a discrete line job integral to the client's " +
      'own process — a step of its operation, done to its procedures, between steps its own staff do — point ' +
      'to the client as a joint employer, as the meat boners on a slaughterhouse line did in Rutherford. Courts ' +
      'read it with industry custom: a whole service run separately, of a kind commonly outsourced, is no ' +
      'sign of a subterfuge (Zheng).',
    sources: ['S-ZHENG-2003', 'S-TORRES-LOPEZ-1997', 'S-RUTHERFORD-1947']
  },
  {
    id: 'F-US-CONTRACTOR-BUSINESS',
    title: 'A contractor business that could shift as a unit (FLSA)',
    dimension: 'structural',
    description:
      'A contractor with a business of its own — other clients its organisation could move to as a unit — is ' +
      "unlikely to be a mere conduit for the client's employment; one that exists for a single client points " +
      'to that client as a joint employer (Zheng; Torres-Lopez; in Rutherford the contractor had no business ' +
      'organisation that could shift elsewhere).',
    sources: ['S-ZHENG-2003', 'S-TORRES-LOPEZ-1997', 'S-RUTHERFORD-1947']
  },
  {
    id: 'F-US-SUCCESSIVE-CONTRACTORS',
    title: 'Work that passes between contractors unchanged (FLSA)',
    dimension: 'structural',
    description:
      'Where the contract could pass from one contractor to another while the same workers go on doing the ' +
      "same work, the workers are tied to the client's operation rather than to any contractor: a fact the " +
      'Supreme Court relied on in Rutherford, and a factor Zheng and Torres-Lopez apply.',
    sources: ['S-RUTHERFORD-1947', 'S-ZHENG-2003', 'S-TORRES-LOPEZ-1997']
  },
  {
    id: 'F-CA-CLIENT-EMPLOYER',
    title: 'California shared liability for on-site contract labour',
    dimension: 'structural',
    description:
      'A California business that obtains workers from a labour contractor for work in its usual course of ' +
      "business, at its premises or worksite, shares liability for their wages and workers' compensation " +
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
      "and its workers do work directly related to the principal's main business, or if the contractor " +
      'does not control the work. The principal then becomes the direct employer, liable with the ' +
      'contractor; where the principal says the contractor is legitimate, it must prove it.',
    sources: ['S-PH-LABOR-CODE-106', 'S-PH-DO-174-2017', 'S-PH-ALILIN-2014', 'S-PH-ALIVIADO', 'S-PH-NDV-CONTROL-TEST']
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
      "support for finding the contract a camouflage, making the workers the principal's own.",
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
    sources: ['S-IN-BALWANT-RAI-2014', 'S-IN-IAAI-2009', 'S-IN-BHILWARA-2011', 'S-IN-CLRA-1970', 'S-IN-WAGE-OVERSIGHT-2013']
  },
  {
    id: 'F-DE-SERVICE-VS-LEASING',
    title: 'German service contract versus concealed labour leasing',
    dimension: 'structural',
    description:
      'Under a genuine contract for work or services the vendor organises the work and answers for the ' +
      "result. If the client's staff give person-related instructions — tasks, sequence, working time, " +
      "place — and the workers are integrated into the client's operations, the arrangement is labour " +
      'leasing whatever the contract says.',
    // the AÜG's own sections since 2026.4: the definition of leasing (§ 1(1) s. 2) and actual performance over the label (§ 12(1) s. 2)
    sources: ['S-DE-AUG-1', 'S-DE-AUG-12', 'S-DE-LAG-NDS-2015', 'S-DE-WORK-VS-PERSON', 'S-DE-BGB-611A', 'S-EU-TAW-2008']
  },
  {
    id: 'F-DE-DESIGNATION',
    title: 'German designation, disclosure and licence duties for leasing',
    dimension: 'structural',
    description:
      'Since April 2017 leasing must be expressly designated as such, each worker named before the ' +
      'assignment, and the vendor must hold a leasing licence. A reserve licence no longer cures a ' +
      'mislabelled service contract: the worker is deemed employed by the client unless he or she declares ' +
      'in writing, in the form § 9(2) AÜG requires (in person at an employment agency office first), that he or ' +
      'she stays with the vendor, and fines can follow.',
    sources: ['S-DE-AUG-1', 'S-DE-AUG-9-10', 'S-DE-AUG-2017', 'S-DE-BAG-2016', 'S-DE-BA-2024', 'S-DE-BA-2025']
  },
  {
    id: 'F-DE-MAX-DURATION',
    title: 'German 18-month maximum for leasing one worker',
    dimension: 'structural',
    description:
      'A leased worker may work for the same client for at most 18 months, unless a collective agreement ' +
      'sets a different maximum (§ 1(1b) AÜG). From the first day the worker is entitled to the same pay and ' +
      "conditions as the client's comparable employees (§ 8 AÜG); a collective agreement may set lower pay " +
      'for the first nine months of an assignment, or for up to 15 months under a sector surcharge agreement ' +
      '(§ 8(4) AÜG).',
    sources: ['S-DE-AUG-1', 'S-DE-AUG-8', 'S-DE-AUG-9-10', 'S-DE-AUG-2017', 'S-EU-TAW-2008', 'S-EU-DAIMLER-2022']
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
      "If the client supervises and directs the vendor's workers, they may be agency workers: from day " +
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
      "jointly liable for the provider's labour obligations, and payments for non-compliant services lose " +
      'tax deductibility.',
    sources: ['S-MX-2021-REFORM', 'S-MX-REPSE-2023']
  },
  {
    id: 'F-MX-CORE-BUSINESS',
    title: 'Mexican core-business limit',
    dimension: 'structural',
    description:
      "Specialised services are only allowed if they are not part of the client's corporate purpose or " +
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
