import type { Source } from '../bank-schema'

/** Authorities for the European Union, Germany and the United Kingdom. */
export const SOURCES_EUROPE = [
  // European Union and Germany
  {
    id: 'S-EU-TAW-2008',
    kind: 'legislation',
    citation: 'Directive 2008/104/EC on temporary agency work, Articles 3, 5 and 6',
    jurisdiction: 'European Union',
    profiles: ['germany'],
    url: 'https://eur-lex.europa.eu/eli/dir/2008/104/oj'
  },
  {
    id: 'S-EU-DAIMLER-2022',
    kind: 'judgment',
    citation: 'Court of Justice of the EU, Case C-232/20, Daimler (17 March 2022): meaning of "temporarily"',
    jurisdiction: 'European Union',
    profiles: ['germany'],
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62020CJ0232'
  },
  {
    id: 'S-DE-BGB-611A',
    kind: 'legislation',
    citation: '§ 611a Bürgerliches Gesetzbuch (BGB), employment contract definition (in force 1 April 2017)',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://www.gesetze-im-internet.de/bgb/__611a.html'
  },
  {
    id: 'S-DE-AUG-2017',
    kind: 'legislation',
    citation:
      'Arbeitnehmerüberlassungsgesetz (AÜG) as amended from 1 April 2017: express designation and ' +
      'disclosure of leasing, 18-month maximum assignment unless a collective agreement sets another (§ 1(1b)), ' +
      'equal pay from the first day with limited deviation by collective agreement (§ 8), deemed employment ' +
      'with the client unless the worker declares in writing, in person at an employment agency office first, that he or ' +
      'she stays with the vendor (§§ 9, 10)',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://www.gesetze-im-internet.de/a_g/'
  },
  // Bank 2026.4: the sections of the AÜG each German rule turns on, so a finding cites the provision itself
  {
    id: 'S-DE-AUG-1',
    kind: 'legislation',
    citation:
      "AÜG § 1(1) sentence 2: workers are leased when they are integrated into the hirer's work organisation and " +
      'subject to its instructions; sentences 5 and 6: lender and hirer must expressly designate the leasing as such in ' +
      'their contract before the worker is leased, and name the worker by reference to it; § 1(1b): at most 18 ' +
      'consecutive months with the same hirer, unless a collective agreement sets another maximum',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://www.gesetze-im-internet.de/a_g/__1.html'
  },
  {
    id: 'S-DE-AUG-8',
    kind: 'legislation',
    citation:
      "AÜG § 8: equal treatment of the leased worker with the hirer's comparable employees, pay included, from the first " +
      'day, unless a collective agreement defers equal pay (for up to nine months, or 15 under a sector surcharge agreement)',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://www.gesetze-im-internet.de/a_g/__8.html'
  },
  {
    id: 'S-DE-AUG-9-10',
    kind: 'legislation',
    citation:
      "AÜG § 9(1): the lender's contract with the worker is void without the licence (no. 1), where the leasing is not " +
      'designated and the worker not named (no. 1a), or beyond the maximum period (no. 1b), unless the worker declares ' +
      'in writing that he or she stays with the lender (§ 9(2): valid only if first presented in person at an employment ' +
      'agency office and received by the lender or hirer within three days); § 10(1): an employment relationship with the ' +
      'hirer is then deemed',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://www.gesetze-im-internet.de/a_g/__9.html'
  },
  {
    id: 'S-DE-AUG-12',
    kind: 'legislation',
    citation:
      'AÜG § 12(1) sentence 2 (since 1 April 2017): where the contract and its actual performance contradict each other, ' +
      'actual performance decides how the contract is classified',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://www.gesetze-im-internet.de/a_g/__12.html'
  },
  {
    id: 'S-DE-LAG-NDS-2015',
    kind: 'judgment',
    citation: 'Landesarbeitsgericht Niedersachsen, 19 January 2015, 8 Sa 667/14',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://voris.wolterskluwer-online.de/browse/document/a22e09c9-7d26-3435-880f-ff21deb31c6a'
  },
  {
    id: 'S-DE-BAG-2016',
    kind: 'judgment',
    superseded: {
      how: 'replaced',
      note: 'Decided under the AÜG before its amendment of 1 April 2017, when a leasing licence held in reserve cured concealed leasing; since the amendment it no longer does (§§ 9, 10 AÜG).',
      by: ['S-DE-AUG-2017']
    },
    citation: 'Bundesarbeitsgericht, 12 July 2016, 9 AZR 537/15 (position before the 2017 reform)',
    jurisdiction: 'Germany',
    profiles: ['germany']
  },
  {
    id: 'S-DE-WORK-VS-PERSON',
    kind: 'commentary',
    citation:
      'Haufe, Abgrenzung der Arbeitnehmerüberlassung von anderen Formen des Fremdpersonaleinsatzes: ' +
      'work-related versus person-related instructions (practitioner commentary)',
    jurisdiction: 'Germany',
    profiles: ['germany']
  },
  {
    id: 'S-DE-BA-2024',
    kind: 'regulator-guidance',
    superseded: {
      how: 'withdrawn',
      note: 'Its position on remote work from abroad was withdrawn by the revised technical instructions in force from 1 October 2025.',
      by: ['S-DE-BA-2025']
    },
    citation:
      'Bundesagentur für Arbeit, technical instructions on the AÜG (from 15 October 2024): remote work ' +
      'from abroad for a German client treated as within the AÜG',
    jurisdiction: 'Germany',
    profiles: ['germany']
  },
  {
    id: 'S-DE-BA-2025',
    kind: 'regulator-guidance',
    citation:
      'Bundesagentur für Arbeit, revised technical instructions on the AÜG (effective 1 October 2025), ' +
      'withdrawing the 2024 position on remote work from abroad',
    jurisdiction: 'Germany',
    profiles: ['germany']
  },
  // United Kingdom
  {
    id: 'S-UK-AWR-2010',
    kind: 'legislation',
    citation: 'Agency Workers Regulations 2010 (SI 2010/93), in force 1 October 2011',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.legislation.gov.uk/uksi/2010/93/contents'
  },
  {
    id: 'S-UK-TUPE-2006',
    kind: 'legislation',
    citation: 'Transfer of Undertakings (Protection of Employment) Regulations 2006, regulation 3(1)(b) (service provision change)',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.legislation.gov.uk/uksi/2006/246/contents'
  },
  // since 2026.8 (counsel review): the control condition of a contract of service, so the schedules and discipline
  // factors cite UK authority under the UK profile
  {
    id: 'S-UK-READY-MIXED-1968',
    kind: 'judgment',
    citation:
      'Ready Mixed Concrete (South East) Ltd v Minister of Pensions and National Insurance [1968] 2 QB 497: a contract ' +
      'of service needs control over what is done, the way it is done, and the time when and place where',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom']
  },
  {
    id: 'S-UK-DACAS-2004',
    kind: 'judgment',
    citation: 'Dacas v Brook Street Bureau (UK) Ltd [2004] EWCA Civ 217',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.bailii.org/ew/cases/EWCA/Civ/2004/217.html'
  },
  {
    id: 'S-UK-MUSCAT-2006',
    kind: 'judgment',
    citation: 'Cable & Wireless plc v Muscat [2006] EWCA Civ 220',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.bailii.org/ew/cases/EWCA/Civ/2006/220.html'
  },
  {
    id: 'S-UK-JAMES-2008',
    kind: 'judgment',
    citation: 'James v London Borough of Greenwich [2008] EWCA Civ 35',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.bailii.org/ew/cases/EWCA/Civ/2008/35.html'
  },
  {
    id: 'S-UK-AUTOCLENZ-2011',
    kind: 'judgment',
    citation: 'Autoclenz Ltd v Belcher [2011] UKSC 41: written terms that do not reflect the true agreement are disregarded',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.bailii.org/uk/cases/UKSC/2011/41.html'
  },
  {
    id: 'S-UK-PIMLICO-2018',
    kind: 'judgment',
    citation:
      'Pimlico Plumbers Ltd v Smith [2018] UKSC 29: a contractor held out as part of the business and bound to work set hours was a worker',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.bailii.org/uk/cases/UKSC/2018/29.html'
  },
  {
    id: 'S-UK-UBER-2021',
    kind: 'judgment',
    citation: 'Uber BV v Aslam [2021] UKSC 5: status follows the control exercised over pay and work, whatever the written terms',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.bailii.org/uk/cases/UKSC/2021/5.html'
  }
] as const satisfies readonly Source[]
