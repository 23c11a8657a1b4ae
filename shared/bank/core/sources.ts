import type { Source } from '../bank-schema'

/**
 * Every authority the core bank relies on, as counsel would cite it. Taken from the domain brief
 * (legal-factors.md); urls point at the summary the brief relied on, not necessarily the primary text.
 */
export const SOURCES = [
  // United States — FLSA (wage and hour)
  {
    id: 'S-FLSA-EMPLOY',
    citation: 'Fair Labor Standards Act, 29 U.S.C. § 203(g): to "employ" includes to suffer or permit to work',
    jurisdiction: 'United States (federal)',
    url: 'https://www.morganlewis.com/pubs/2020/09/new-york-court-vacates-dols-joint-employer-rule'
  },
  {
    id: 'S-DOL-1958-REG',
    citation:
      'U.S. Department of Labor, joint employment interpretation, 29 CFR part 791 (1958): joint employment ' +
      'unless the employers are "completely disassociated"',
    jurisdiction: 'United States (federal)',
    url: 'https://www.safety-law.com/post/labor-department-proposes-rescission-of-its-2020-joint-employer-rule'
  },
  {
    id: 'S-FLSA-2020-RULE',
    citation:
      'U.S. Department of Labor, Joint Employer Status Under the Fair Labor Standards Act, final rule, 29 ' +
      'CFR part 791 (effective 16 March 2020) — four-factor vertical joint-employment test',
    jurisdiction: 'United States (federal)',
    url: 'https://muskatdevine.com/the-dols-joint-employer-rule-is-final-what-now/'
  },
  {
    id: 'S-NY-V-SCALIA-2020',
    citation: 'New York v. Scalia (S.D.N.Y. 8 September 2020), vacating the core of the 2020 DOL joint-employer rule',
    jurisdiction: 'United States (federal)',
    url: 'https://natlawreview.com/article/new-york-federal-judge-strikes-down-dol-joint-employer-rule'
  },
  {
    id: 'S-DOL-2021-RESCISSION',
    citation:
      'U.S. Department of Labor, Rescission of Joint Employer Status Under the Fair Labor Standards Act ' +
      'Rule, 86 FR 40939 (30 July 2021; effective 5 October 2021)',
    jurisdiction: 'United States (federal)',
    url: 'https://www.dol.gov/agencies/whd/flsa/2020-joint-employment'
  },
  {
    id: 'S-DOL-2025-AGENDA',
    citation:
      'U.S. Department of Labor, 2025 regulatory agenda: proposed FLSA joint-employer rule (RIN 1235-AA48)',
    jurisdiction: 'United States (federal)',
    url: 'https://news.bgov.com/esg/joint-employers-401ks-eyed-in-first-trump-2-0-rule-plan'
  },
  {
    id: 'S-BONNETTE-1983',
    citation: 'Bonnette v. California Health & Welfare Agency, 704 F.2d 1465 (9th Cir. 1983)',
    jurisdiction: 'United States (federal)',
    url: 'http://aintiawoman.org/Liberty/legalsummary.html'
  },
  {
    id: 'S-ZHENG-2003',
    citation:
      'Zheng v. Liberty Apparel Co., 355 F.3d 61 (2d Cir. 2003); jury verdict of joint employment affirmed (2d Cir. 2010)',
    jurisdiction: 'United States (federal)',
    url: 'https://corporate.findlaw.com/human-resources/the-second-circuit-s-new-test-of-joint-employer-status-under-the.html'
  },
  {
    id: 'S-SALINAS-2017',
    citation: 'Salinas v. Commercial Interiors, Inc., 848 F.3d 125 (4th Cir. 2017)',
    jurisdiction: 'United States (federal)',
    url: 'http://www.managease.com/fourth-circuit-unique-six-factor-test-determine-joint-employer-status/'
  },
  {
    id: 'S-ENTERPRISE-2012',
    citation: 'In re Enterprise Rent-A-Car Wage & Hour Employment Practices Litigation, 683 F.3d 462 (3d Cir. 2012)',
    jurisdiction: 'United States (federal)',
    url: 'https://www.njlawblog.com/2012/08/articles/employment/third-circuit-establishes-test-for-joint-employer-status-under-the-flsa/'
  },
  {
    id: 'S-LEPKOWSKI-2011',
    citation: 'Lepkowski v. Telatron Marketing Group, Inc., 766 F. Supp. 2d 572 (W.D. Pa. 2011)',
    jurisdiction: 'United States (federal)',
    url: 'https://casetext.com/case/lepkowski-v-telatron-marketing-group'
  },
  {
    id: 'S-LAYTON-2012',
    citation: 'Layton v. DHL Express (USA), Inc., 686 F.3d 1172 (11th Cir. 2012)',
    jurisdiction: 'United States (federal)',
    url: 'https://www.studicata.com/summaries/united-states-court-of-appeals-eleventh-circuit/layton-v-dhl-express-usa-inc-2012-1istdj'
  },
  {
    id: 'S-HALL-DIRECTV-2015',
    citation: 'Hall v. DIRECTV, LLC (D. Md. 2015), reversed, 846 F.3d 757 (4th Cir. 2017)',
    jurisdiction: 'United States (federal)',
    url: 'https://www.studicata.com/summaries/united-states-district-court-district-of-maryland/hall-v-directv-llc-2015-a2aylp'
  },
  {
    id: 'S-MOREAU-2004',
    citation: 'Moreau v. Air France, 356 F.3d 942 (9th Cir. 2004)',
    jurisdiction: 'United States (federal)'
  },
  // United States — NLRA
  {
    id: 'S-NLRB-2020-RULE',
    citation:
      'National Labor Relations Board, Joint Employer Status Under the National Labor Relations Act, 29 ' +
      'CFR 103.40 (final rule published 26 February 2020, effective 27 April 2020)',
    jurisdiction: 'United States (federal)',
    url: 'https://regulations.justia.com/regulations/fedreg/2020/02/26/2020-03373.html'
  },
  {
    id: 'S-BFI-2015',
    citation: 'Browning-Ferris Industries of California, Inc., 362 NLRB No. 186 (27 August 2015)',
    jurisdiction: 'United States (federal)',
    url: 'https://case-law.vlex.com/vid/browning-ferris-industries-of-887031214'
  },
  {
    id: 'S-BFI-DC-CIR-2018',
    citation: 'Browning-Ferris Industries of California, Inc. v. NLRB, 911 F.3d 1195 (D.C. Cir. 2018)',
    jurisdiction: 'United States (federal)',
    url: 'https://law.justia.com/cases/federal/appellate-courts/cadc/16-1028/16-1028-2018-12-28.html'
  },
  {
    id: 'S-NLRB-2023-RULE',
    citation:
      'National Labor Relations Board, Standard for Determining Joint Employer Status, final rule (October ' +
      '2023), vacated before taking effect',
    jurisdiction: 'United States (federal)',
    url: 'https://jdsupra.com/legalnews/nlrb-issues-final-rule-for-joint-4752098'
  },
  {
    id: 'S-CHAMBER-V-NLRB-2024',
    citation:
      'Chamber of Commerce of the United States v. NLRB, No. 6:23-cv-00553 (E.D. Tex. 8 March 2024); NLRB ' +
      'appeal withdrawn 19 July 2024',
    jurisdiction: 'United States (federal)',
    url: 'https://www.uschamber.com/cases/labor-and-employment/chamber-of-commerce-v-nlrb'
  },
  // United States — EEO, tax and benefits
  {
    id: 'S-EEOC-1997-GUIDANCE',
    citation:
      'EEOC, Enforcement Guidance: Application of EEO Laws to Contingent Workers Placed by Temporary ' +
      'Employment Agencies and Other Staffing Firms, Notice 915.002 (3 December 1997)',
    jurisdiction: 'United States (federal)',
    url: 'https://eeoc.gov/laws/guidance/enforcement-guidance-application-eeo-laws-contingent-workers-placed-temporary'
  },
  {
    id: 'S-EEOC-CONTROL-FACTORS',
    citation: 'EEOC common-law control factors for employee status (sixteen factors, none decisive)',
    jurisdiction: 'United States (federal)',
    url: 'https://gtm.com/household/resource-center/eeoc-independent-contractor-checklist'
  },
  {
    id: 'S-BUTLER-2015',
    citation: 'Butler v. Drive Automotive Industries of America, Inc., 793 F.3d 404 (4th Cir. 2015)',
    jurisdiction: 'United States (federal)',
    url: 'https://app.midpage.ai/case/butler-v-drive-automotive-industries-2817293'
  },
  {
    id: 'S-REV-RUL-87-41',
    citation: 'Internal Revenue Service, Rev. Rul. 87-41, 1987-1 C.B. 296 (twenty common-law control factors)',
    jurisdiction: 'United States (federal)',
    url: 'http://www.sjfpc.com/revrul87-41_20factor-test_.html'
  },
  {
    id: 'S-DARDEN-1992',
    citation: 'Nationwide Mutual Insurance Co. v. Darden, 503 U.S. 318 (1992)',
    jurisdiction: 'United States (federal)',
    url: 'https://studylib.net/doc/8479540/i.-employee-benefit-plan-consequences-for-worker-classifi...'
  },
  {
    id: 'S-VIZCAINO-1997',
    citation:
      'Vizcaino v. Microsoft Corp., 120 F.3d 1006 (9th Cir. 1997) (en banc); settled December 2000 for about US$97 million',
    jurisdiction: 'United States (federal)',
    url: 'https://case-law.vlex.com/vid/vizcaino-v-microsoft-corp-890104045'
  },
  {
    id: 'S-BENDSEN-2008',
    citation:
      'Bendsen (E.D. Mo. 2008): benefit-plan wording excluding anyone not on the payroll, "whether or not ' +
      'later determined to be employees", upheld',
    jurisdiction: 'United States (federal)',
    url: 'https://healthplanlaw.com/2021/03/09/how-to-exclude-independent-contractors-from-benefit-plans/'
  },
  {
    id: 'S-MICROSOFT-POLICIES',
    citation:
      'Microsoft external-staff policies: 12-month assignments with a 100-day break (2000); 18-month limit ' +
      'with a six-month break for external staff with building or network access (2014); outsourced ' +
      'arrangements exempted and supplier personnel required to be supplier employees (2015); orange ' +
      '(external) and blue (employee) badges',
    jurisdiction: 'United States (practice)',
    url: 'https://www.geekwire.com/2015/big-change-for-microsoft-external-staff-new-rule-requiring-six-month-break/'
  },
  // United States — California
  {
    id: 'S-CA-LC-2810-3',
    citation:
      'California Labor Code § 2810.3 (AB 1897, effective 1 January 2015, as amended): client employer ' +
      'shares liability for wages and workers\' compensation coverage',
    jurisdiction: 'United States (California)',
    url: 'https://law.onecle.com/california/labor/2810.3.html'
  },
  {
    id: 'S-CA-LC-2810',
    citation:
      'California Labor Code § 2810: contracts priced too low for the contractor to comply with labour law',
    jurisdiction: 'United States (California)',
    url: 'https://app.legiplex.com/ca/legislature/2023/2023-r/bills/ab2754/draft-257939'
  },
  {
    id: 'S-CA-AB5-2019',
    citation:
      'California Labor Code § 2775 (AB 5, effective 1 January 2020), codifying the ABC test of Dynamex ' +
      'Operations West, Inc. v. Superior Court, 4 Cal.5th 903 (2018)',
    jurisdiction: 'United States (California)',
    url: 'https://www.rjo.com/publications/navigating-ab-5-independent-contractors-in-california/'
  },
  {
    id: 'S-SALAZAR-2019',
    citation:
      'Salazar v. McDonald\'s Corp., 944 F.3d 1024 (9th Cir. 2019), applying Martinez v. Combs, 49 Cal.4th 35 (2010)',
    jurisdiction: 'United States (California)',
    url: 'https://law.justia.com/cases/federal/appellate-courts/ca9/17-15673/17-15673-2019-10-01.html'
  },
  // Philippines
  {
    id: 'S-PH-LABOR-CODE-106',
    citation: 'Labor Code of the Philippines, Articles 106 to 109 (contracting and subcontracting)',
    jurisdiction: 'Philippines',
    url: 'https://laborlaw.ph/principal-in-contracting/11125/'
  },
  {
    id: 'S-PH-DO-174-2017',
    citation:
      'DOLE Department Order No. 174, Series of 2017 (March 2017): rules on contracting and ' +
      'subcontracting, registration, substantial capital and prohibited practices',
    jurisdiction: 'Philippines',
    url: 'https://www.thefirmva.com/updates.do?id=24676'
  },
  {
    id: 'S-PH-DC-01-2017',
    citation:
      'DOLE Department Circular No. 01, Series of 2017 (13 June 2017): D.O. 174 does not cover business ' +
      'process outsourcing and other IT-enabled services involving an entire or specific business process',
    jurisdiction: 'Philippines',
    url: 'https://www.nonatolaw.com/single-post/2017/06/14/clarifying-the-applicability-of-department-order-no-174'
  },
  {
    id: 'S-PH-DC-01-2012',
    citation: 'DOLE Department Circular No. 01, Series of 2012 (predecessor BPO clarification)',
    jurisdiction: 'Philippines',
    url: 'https://www.scribd.com/document/425812645/Department-Circular-No-1-Series-of-2012'
  },
  {
    id: 'S-PH-ALILIN-2014',
    citation: 'Alilin v. Petron Corp., G.R. No. 177592 (Supreme Court of the Philippines, June 2014)',
    jurisdiction: 'Philippines',
    url: 'https://lawphil.net/judjuris/juri2014/jun2014/gr_177592_2014.html'
  },
  {
    id: 'S-PH-ALIVIADO',
    citation: 'Aliviado v. Procter & Gamble Philippines, Inc. (Supreme Court of the Philippines)',
    jurisdiction: 'Philippines',
    url: 'https://it.scribd.com/document/429659989/Labor-Law'
  },
  {
    id: 'S-PH-NDV-CONTROL-TEST',
    citation:
      'NDV Law, "The Control Test: Preventing Illegal Labor-Only Contracting in Business Process ' +
      'Outsourcing (BPO)" (practitioner guidance)',
    jurisdiction: 'Philippines',
    url: 'https://ndvlaw.com/the-control-test-preventing-illegal-labor-only-contracting-in-business-process-outsourcing-bpo/'
  },
  // India
  {
    id: 'S-IN-CLRA-1970',
    citation:
      'Contract Labour (Regulation and Abolition) Act, 1970: registration of the principal employer, ' +
      'contractor licence, section 10 prohibition, sections 20 and 21 (amenities and wages)',
    jurisdiction: 'India',
    url: 'http://expresslabourlaw.com/acts-cl.php'
  },
  {
    id: 'S-IN-OSH-CODE-2020',
    citation:
      'Occupational Safety, Health and Working Conditions Code, 2020 (in force 21 November 2025; rules ' +
      'pending): single contractor licence, 50-worker threshold, default ban on contract labour in core ' +
      'activities',
    jurisdiction: 'India',
    url: 'https://www.tlh.law/insights/contract-labour-deployment-in-india-demystifying-the-future-conceived-by-the-code-on-occupational-safety-health-and-working-conditions-2020'
  },
  {
    id: 'S-IN-SAIL-2001',
    citation: 'Steel Authority of India Ltd. v. National Union Waterfront Workers, (2001) 7 SCC 1',
    jurisdiction: 'India',
    url: 'https://valkya.org/editorial/sail-v-national-union-waterfront-workers-contract-labour/'
  },
  {
    id: 'S-IN-IAAI-2009',
    citation:
      'International Airport Authority of India v. International Air Cargo Workers\' Union (Supreme Court of India, 2009)',
    jurisdiction: 'India',
    url: 'https://lawweb.in/2019/06/how-to-ascertain-that-contract-labourer.html'
  },
  {
    id: 'S-IN-BALWANT-RAI-2014',
    citation: 'Balwant Rai Saluja v. Air India Ltd., (2014) 9 SCC 407',
    jurisdiction: 'India',
    url: 'http://mondaq.com/india/x/349026/employee+rights+labour+relations/Aspect+Of+EmployerEmployee+Relationship'
  },
  {
    id: 'S-IN-HSEB-1999',
    citation: 'Secretary, Haryana State Electricity Board v. Suresh (Supreme Court of India, 1999)',
    jurisdiction: 'India',
    url: 'https://sooperkanoon.com/case/amp/649203/secretary-h-s-e-b-vs-suresh-ors-etc'
  },
  {
    id: 'S-IN-BHILWARA-2011',
    citation: 'Bhilwara Dugdh Utpadak Sahakari S. Ltd. v. Vinod Kumar Sharma (Supreme Court of India, 2011)',
    jurisdiction: 'India',
    url: 'https://legalauthority.in/judgement/bhilwara-dugdh-utpadak-sahakari-s-ltd-vs-vinod-kumar-sharma-dead-by-lrs-7892'
  },
  // European Union and Germany
  {
    id: 'S-EU-TAW-2008',
    citation: 'Directive 2008/104/EC on temporary agency work, Articles 3, 5 and 6',
    jurisdiction: 'European Union',
    url: 'https://osha.europa.eu/en/legislation/directives/directive-2008-104-ec-temporary-agency-work'
  },
  {
    id: 'S-EU-DAIMLER-2022',
    citation: 'Court of Justice of the EU, Case C-232/20, Daimler (17 March 2022): meaning of "temporarily"',
    jurisdiction: 'European Union',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62020CJ0232'
  },
  {
    id: 'S-DE-BGB-611A',
    citation: '§ 611a Bürgerliches Gesetzbuch (BGB), employment contract definition (in force 1 April 2017)',
    jurisdiction: 'Germany',
    url: 'https://gesetzklar.de/bgb/16452/arbeitsvertrag'
  },
  {
    id: 'S-DE-AUG-2017',
    citation:
      'Arbeitnehmerüberlassungsgesetz (AÜG) as amended from 1 April 2017: express designation and ' +
      'disclosure of leasing, 18-month maximum assignment, equal pay, deemed employment with the client ' +
      '(§§ 9, 10)',
    jurisdiction: 'Germany',
    url: 'https://www.oemundlieferant.de/werkvertraege-und-arbeitnehmerueberlassung/'
  },
  {
    id: 'S-DE-LAG-NDS-2015',
    citation: 'Landesarbeitsgericht Niedersachsen, 19 January 2015, 8 Sa 667/14',
    jurisdiction: 'Germany',
    url: 'https://voris.wolterskluwer-online.de/browse/document/a22e09c9-7d26-3435-880f-ff21deb31c6a'
  },
  {
    id: 'S-DE-BAG-2016',
    citation: 'Bundesarbeitsgericht, 12 July 2016, 9 AZR 537/15 (position before the 2017 reform)',
    jurisdiction: 'Germany',
    url: 'https://haufe.de/personal/haufe-personal-office-platin/bag-urteil-vom-12072016-9-azr-53715_idesk_PI42323_HI10126664.html'
  },
  {
    id: 'S-DE-WORK-VS-PERSON',
    citation:
      'Haufe, Abgrenzung der Arbeitnehmerüberlassung von anderen Formen des Fremdpersonaleinsatzes: ' +
      'work-related versus person-related instructions (practitioner commentary)',
    jurisdiction: 'Germany',
    url: 'https://haufe.de/recht/deutsches-anwalt-office-premium/3-abgrenzung-der-arbeitnehmerueberlassung-von-anderen-f-3-faktische-uebertragung-der-personalhoheit-durch-ueberlassung-des-weisungsrechts-als-indiz-fuer-eine-arbeitnehmerueberlassung_idesk_PI17574_HI15349462.html'
  },
  {
    id: 'S-DE-BA-2024',
    citation:
      'Bundesagentur für Arbeit, technical instructions on the AÜG (from 15 October 2024): remote work ' +
      'from abroad for a German client treated as within the AÜG',
    jurisdiction: 'Germany',
    url: 'https://noerr.com/en/insights/temporary-employment-without-borders'
  },
  {
    id: 'S-DE-BA-2025',
    citation:
      'Bundesagentur für Arbeit, revised technical instructions on the AÜG (effective 1 October 2025), ' +
      'withdrawing the 2024 position on remote work from abroad',
    jurisdiction: 'Germany',
    url: 'https://www.bakertilly.de/en/post/temporary-employment-employer-of-record-model-permitted-again'
  },
  // United Kingdom
  {
    id: 'S-UK-AWR-2010',
    citation: 'Agency Workers Regulations 2010 (SI 2010/93), in force 1 October 2011',
    jurisdiction: 'United Kingdom',
    url: 'https://www.mondaq.com/uk/government-public-sector/132076/de-mystifying-the-agency-worker-regulations'
  },
  {
    id: 'S-UK-TUPE-2006',
    citation:
      'Transfer of Undertakings (Protection of Employment) Regulations 2006, regulation 3(1)(b) (service provision change)',
    jurisdiction: 'United Kingdom',
    url: 'https://www.xperthr.co.uk/faq/what-is-a-service-provision-change-under-the-tupe-regulations-2006/113928/'
  },
  {
    id: 'S-UK-DACAS-2004',
    citation: 'Dacas v Brook Street Bureau (UK) Ltd [2004] EWCA Civ 217',
    jurisdiction: 'United Kingdom'
  },
  {
    id: 'S-UK-MUSCAT-2006',
    citation: 'Cable & Wireless plc v Muscat [2006] EWCA Civ 220',
    jurisdiction: 'United Kingdom'
  },
  {
    id: 'S-UK-JAMES-2008',
    citation: 'James v London Borough of Greenwich [2008] EWCA Civ 35',
    jurisdiction: 'United Kingdom',
    url: 'https://zoomlaw.co.uk/2008EWCACiv35.html'
  },
  // Mexico
  {
    id: 'S-MX-2021-REFORM',
    citation:
      'Decree reforming the Federal Labour Law and related laws on subcontracting (published 23 April ' +
      '2021; fully in force 1 September 2021): ban on subcontracting of personnel, specialised services ' +
      'only, REPSE registration',
    jurisdiction: 'Mexico',
    url: 'https://www.lexology.com/library/detail.aspx?g=946c6b87-cd73-4b14-a79a-f6ce6aed7058'
  },
  {
    id: 'S-MX-REPSE-2023',
    citation:
      'Amendments (2023) to the rules of the Registry of Providers of Specialised Services or Works ' +
      '(REPSE): information requests to beneficiaries, core-business verification, identification of ' +
      'workers at work centres',
    jurisdiction: 'Mexico',
    url: 'https://www.mondaq.com:443/mexico/contracts-and-commercial-law/1283004/mexico-amends-the-regulation-of-the-registry-of-providers-of-specialized-services-or-specialized-works-repse'
  },
  // Brazil
  {
    id: 'S-BR-LAW-6019',
    citation:
      'Law 6.019/1974 as amended by Laws 13.429/2017 and 13.467/2017, arts. 4-A, 4-B and 5-A (outsourcing ' +
      'of any activity; provider capital; subsidiary liability of the contracting company)',
    jurisdiction: 'Brazil',
    url: 'https://vlex.com.br/vid/art-5-748873101'
  },
  {
    id: 'S-BR-STF-2018',
    citation:
      'Supremo Tribunal Federal, ADPF 324 and RE 958.252 (Tema 725), 30 August 2018; ADI 5685 on Law 13.429/2017',
    jurisdiction: 'Brazil',
    url: 'https://jurishand.com/jurisprudencia-stf-958252-de-13-setembro-2019'
  },
  {
    id: 'S-BR-STF-ARE-791932',
    citation:
      'Supremo Tribunal Federal, ARE 791.932 (Tema 739), 11 October 2018 (telecom call centres), as applied by the TST',
    jurisdiction: 'Brazil',
    url: 'https://tst.jusbrasil.com.br/jurisprudencia/778887894/recurso-de-revista-rr-3062920105240000/inteiro-teor-778887914'
  },
  // Colombia
  {
    id: 'S-CO-DECREE-2025-2011',
    citation:
      'Decree 2025 of 2011: no labour intermediation for permanent core activities through cooperatives or ' +
      'other intermediaries; temporary service companies (EST) only for occasional or transitory needs',
    jurisdiction: 'Colombia',
    url: 'https://consultorsalud.com/gobierno-nacional-deroga-decreto-583-de-2016/'
  },
  {
    id: 'S-CO-DECREE-683-2018',
    citation: 'Decree 683 of 2018, repealing Decree 583 of 2016 (partly suspended by the Consejo de Estado in 2017)',
    jurisdiction: 'Colombia',
    url: 'https://funcionpublica.gov.co/eva/gestornormativo/norma.php?i=85941La'
  },
  // Practice guidance
  {
    id: 'S-ASA-QUICK-FACTS',
    citation: 'American Staffing Association, "Legal Quick Facts" and policy agenda (staffing-firm and client roles)',
    jurisdiction: 'United States (practice)',
    url: 'https://americanstaffing.net/workforce-solutions-for-staffing-clients/staffing-employment-law/legal-quick-facts/'
  },
  {
    id: 'S-AMS-GOVERNANCE',
    citation: 'AMS, guidance on separating management of the work from management of the workers',
    jurisdiction: 'General (practice)',
    url: 'https://www.weareams.com/?p=79402'
  },
  {
    id: 'S-SIA-SOW',
    citation:
      'Staffing Industry Analysts, "Driving SOW adoption" and "Managing variety in SOW solution partners": ' +
      'staff augmentation versus statement-of-work services',
    jurisdiction: 'General (practice)',
    url: 'https://cwstrategies.staffingindustry.com/driving-sow-adoption-the-name-is-key/'
  },
  {
    id: 'S-SIA-DEFINITION',
    citation: 'Staffing Industry Analysts definition of co-employment, as cited by Beeline',
    jurisdiction: 'General (practice)',
    url: 'https://beeline.com/resources/biggest-risks-contingent-workforce-program-mitigate'
  },
  {
    id: 'S-UNIFORCE-GUIDELINES',
    citation: 'Uniforce, co-employment guidelines for clients of contingent workers',
    jurisdiction: 'United States (practice)',
    url: 'http://uniforce.com/Co-Employment.asp'
  },
  {
    id: 'S-HIREGENICS-CHECKLIST',
    citation: 'Hiregenics, indirect labour acquisition contractual checklist',
    jurisdiction: 'United States (practice)',
    url: 'http://hiregenics.acsicorp.com/hiregenicsblog/indirect-labor-acquisition-contractual-checklist'
  },
  {
    id: 'S-VENDOR-CONTRACTS-2013',
    citation:
      'Fox Rothschild, "Do you know what your vendor contracts say?" (2013); JD Supra, "Top 5 provisions ' +
      'for your staffing agreements"',
    jurisdiction: 'United States (practice)',
    url: 'https://californiaemploymentlaw.foxrothschild.com/2013/08/articles/employment-litigation/do-you-know-what-your-vendor-contracts-say/'
  },
  {
    id: 'S-INDEMNITY-LIMITS-2017',
    citation: 'Who Is My Employee?, "Why your standard vendor labor contract is risky business" (13 February 2017)',
    jurisdiction: 'United States (practice)',
    url: 'https://whoismyemployee.com/2017/02/13/why-your-standard-vendor-labor-contract-is-risky-business-starring-tom-cruise/'
  },
  {
    id: 'S-IN-WAGE-OVERSIGHT-2013',
    citation:
      'Archana Bala, "Liabilities of a principal employer under the Contract Labour (Regulation and ' +
      'Abolition) Act, 1970" (8 June 2013)',
    jurisdiction: 'India',
    url: 'https://archanabala.com/2013/06/08/liabilities-of-a-principal-employer-under-the-contract-labour-regulation-and-abolition-act-1970/'
  },
  {
    id: 'S-SEED-BENSON',
    citation:
      '"How do we improve our BPOs while avoiding co-employment risks?", practitioner article by Teal ' +
      'Benson (with Judi Bolden, COPC Inc.): six practice areas for BPO governance',
    jurisdiction: 'General (practice)'
  }
] as const satisfies readonly Source[]

export type SourceId = (typeof SOURCES)[number]['id']
