import type { Source } from '../bank-schema'

/** Authorities for the European Union, Germany and the United Kingdom. */
export const SOURCES_EUROPE = [
  // European Union and Germany
  {
    id: 'S-EU-TAW-2008',
    citation: 'Directive 2008/104/EC on temporary agency work, Articles 3, 5 and 6',
    jurisdiction: 'European Union',
    profiles: ['germany'],
    url: 'https://osha.europa.eu/en/legislation/directives/directive-2008-104-ec-temporary-agency-work'
  },
  {
    id: 'S-EU-DAIMLER-2022',
    citation: 'Court of Justice of the EU, Case C-232/20, Daimler (17 March 2022): meaning of "temporarily"',
    jurisdiction: 'European Union',
    profiles: ['germany'],
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62020CJ0232'
  },
  {
    id: 'S-DE-BGB-611A',
    citation: '§ 611a Bürgerliches Gesetzbuch (BGB), employment contract definition (in force 1 April 2017)',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://gesetzklar.de/bgb/16452/arbeitsvertrag'
  },
  {
    id: 'S-DE-AUG-2017',
    citation:
      'Arbeitnehmerüberlassungsgesetz (AÜG) as amended from 1 April 2017: express designation and ' +
      'disclosure of leasing, 18-month maximum assignment, equal pay, deemed employment with the client ' +
      '(§§ 9, 10)',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://www.oemundlieferant.de/werkvertraege-und-arbeitnehmerueberlassung/'
  },
  {
    id: 'S-DE-LAG-NDS-2015',
    citation: 'Landesarbeitsgericht Niedersachsen, 19 January 2015, 8 Sa 667/14',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://voris.wolterskluwer-online.de/browse/document/a22e09c9-7d26-3435-880f-ff21deb31c6a'
  },
  {
    id: 'S-DE-BAG-2016',
    citation: 'Bundesarbeitsgericht, 12 July 2016, 9 AZR 537/15 (position before the 2017 reform)',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://haufe.de/personal/haufe-personal-office-platin/bag-urteil-vom-12072016-9-azr-53715_idesk_PI42323_HI10126664.html'
  },
  {
    id: 'S-DE-WORK-VS-PERSON',
    citation:
      'Haufe, Abgrenzung der Arbeitnehmerüberlassung von anderen Formen des Fremdpersonaleinsatzes: ' +
      'work-related versus person-related instructions (practitioner commentary)',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://haufe.de/recht/deutsches-anwalt-office-premium/3-abgrenzung-der-arbeitnehmerueberlassung-von-anderen-f-3-faktische-uebertragung-der-personalhoheit-durch-ueberlassung-des-weisungsrechts-als-indiz-fuer-eine-arbeitnehmerueberlassung_idesk_PI17574_HI15349462.html'
  },
  {
    id: 'S-DE-BA-2024',
    citation:
      'Bundesagentur für Arbeit, technical instructions on the AÜG (from 15 October 2024): remote work ' +
      'from abroad for a German client treated as within the AÜG',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://noerr.com/en/insights/temporary-employment-without-borders'
  },
  {
    id: 'S-DE-BA-2025',
    citation:
      'Bundesagentur für Arbeit, revised technical instructions on the AÜG (effective 1 October 2025), ' +
      'withdrawing the 2024 position on remote work from abroad',
    jurisdiction: 'Germany',
    profiles: ['germany'],
    url: 'https://www.bakertilly.de/en/post/temporary-employment-employer-of-record-model-permitted-again'
  },
  // United Kingdom
  {
    id: 'S-UK-AWR-2010',
    citation: 'Agency Workers Regulations 2010 (SI 2010/93), in force 1 October 2011',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.mondaq.com/uk/government-public-sector/132076/de-mystifying-the-agency-worker-regulations'
  },
  {
    id: 'S-UK-TUPE-2006',
    citation:
      'Transfer of Undertakings (Protection of Employment) Regulations 2006, regulation 3(1)(b) (service provision change)',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://www.xperthr.co.uk/faq/what-is-a-service-provision-change-under-the-tupe-regulations-2006/113928/'
  },
  {
    id: 'S-UK-DACAS-2004',
    citation: 'Dacas v Brook Street Bureau (UK) Ltd [2004] EWCA Civ 217',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
  },
  {
    id: 'S-UK-MUSCAT-2006',
    citation: 'Cable & Wireless plc v Muscat [2006] EWCA Civ 220',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
  },
  {
    id: 'S-UK-JAMES-2008',
    citation: 'James v London Borough of Greenwich [2008] EWCA Civ 35',
    jurisdiction: 'United Kingdom',
    profiles: ['united-kingdom'],
    url: 'https://zoomlaw.co.uk/2008EWCACiv35.html'
  }
] as const satisfies readonly Source[]
