import type { Source } from '../bank-schema'

/** Authorities for Mexico, Brazil and Colombia. */
export const SOURCES_LATAM = [
  // Mexico
  {
    id: 'S-MX-2021-REFORM',
    kind: 'legislation',
    citation:
      'Decree reforming the Federal Labour Law and related laws on subcontracting (published 23 April ' +
      '2021; fully in force 1 September 2021): ban on subcontracting of personnel, specialised services ' +
      'only, REPSE registration',
    jurisdiction: 'Mexico',
    profiles: ['mexico']
  },
  {
    id: 'S-MX-REPSE-2023',
    kind: 'regulation',
    citation:
      'Amendments (2023) to the rules of the Registry of Providers of Specialised Services or Works ' +
      '(REPSE): information requests to beneficiaries, core-business verification, identification of ' +
      'workers at work centres',
    jurisdiction: 'Mexico',
    profiles: ['mexico']
  },
  // Brazil
  {
    id: 'S-BR-LAW-6019',
    kind: 'legislation',
    citation:
      'Law 6.019/1974 as amended by Laws 13.429/2017 and 13.467/2017, arts. 4-A, 4-B and 5-A (outsourcing ' +
      'of any activity; provider capital; subsidiary liability of the contracting company)',
    jurisdiction: 'Brazil',
    profiles: ['brazil'],
    url: 'https://www.planalto.gov.br/ccivil_03/leis/l6019.htm'
  },
  {
    id: 'S-BR-STF-2018',
    kind: 'judgment',
    citation: 'Supremo Tribunal Federal, ADPF 324 and RE 958.252 (Tema 725), 30 August 2018; ADI 5685 on Law 13.429/2017',
    jurisdiction: 'Brazil',
    profiles: ['brazil']
  },
  {
    id: 'S-BR-STF-ARE-791932',
    kind: 'judgment',
    citation: 'Supremo Tribunal Federal, ARE 791.932 (Tema 739), 11 October 2018 (telecom call centres), as applied by the TST',
    jurisdiction: 'Brazil',
    profiles: ['brazil'],
    url: 'https://tst.jusbrasil.com.br/jurisprudencia/778887894/recurso-de-revista-rr-3062920105240000/inteiro-teor-778887914'
  },
  // Colombia
  {
    id: 'S-CO-DECREE-2025-2011',
    kind: 'regulation',
    citation:
      'Decree 2025 of 2011: no labour intermediation for permanent core activities through cooperatives or ' +
      'other intermediaries; temporary service companies (EST) only for occasional or transitory needs',
    jurisdiction: 'Colombia',
    profiles: ['colombia']
  },
  {
    id: 'S-CO-DECREE-683-2018',
    kind: 'regulation',
    citation: 'Decree 683 of 2018, repealing Decree 583 of 2016 (partly suspended by the Consejo de Estado in 2017)',
    jurisdiction: 'Colombia',
    profiles: ['colombia'],
    url: 'https://www.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=85941'
  }
] as const satisfies readonly Source[]
