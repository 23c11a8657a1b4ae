import type { Source } from '../bank-schema'

/** United States authorities: wage and hour, labour relations, EEO, tax and benefits, and California. */
export const SOURCES_US = [
  // United States — FLSA (wage and hour)
  {
    id: 'S-FLSA-EMPLOY',
    kind: 'legislation',
    citation: 'Fair Labor Standards Act, 29 U.S.C. § 203(g): to "employ" includes to suffer or permit to work',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title29-section203&num=0&edition=prelim'
  },
  {
    id: 'S-DOL-1958-REG',
    kind: 'regulation',
    superseded: {
      how: 'replaced',
      note: "Replaced by the Department of Labor's 2020 joint-employer rule in the same part of the regulations; part 791 was removed altogether when that rule was rescinded in 2021, and courts now apply their own circuit tests.",
      by: ['S-FLSA-2020-RULE', 'S-DOL-2021-RESCISSION']
    },
    citation:
      'U.S. Department of Labor, joint employment interpretation, 29 CFR part 791 (1958): joint employment ' +
      'unless the employers are "completely disassociated"',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-FLSA-2020-RULE',
    kind: 'regulation',
    superseded: {
      how: 'rescinded',
      note: 'Its core was vacated in New York v. Scalia (S.D.N.Y. 2020), and the Department of Labor rescinded the rule with effect from 5 October 2021.',
      by: ['S-NY-V-SCALIA-2020', 'S-DOL-2021-RESCISSION']
    },
    citation:
      'U.S. Department of Labor, Joint Employer Status Under the Fair Labor Standards Act, final rule, 29 ' +
      'CFR part 791 (effective 16 March 2020) — four-factor vertical joint-employment test',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-NY-V-SCALIA-2020',
    kind: 'judgment',
    citation: 'New York v. Scalia (S.D.N.Y. 8 September 2020), vacating the core of the 2020 DOL joint-employer rule',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-DOL-2021-RESCISSION',
    kind: 'regulation',
    citation:
      'U.S. Department of Labor, Rescission of Joint Employer Status Under the Fair Labor Standards Act ' +
      'Rule, 86 FR 40939 (30 July 2021; effective 5 October 2021)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://www.dol.gov/agencies/whd/flsa/2020-joint-employment'
  },
  {
    id: 'S-DOL-2025-AGENDA',
    // a rule the DOL proposes to make, not guidance on the law in force (bank 2026.4; 2026.3 said guidance)
    kind: 'proposed-rule',
    citation: 'U.S. Department of Labor, 2025 regulatory agenda: proposed FLSA joint-employer rule (RIN 1235-AA48)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-BONNETTE-1983',
    kind: 'judgment',
    citation: 'Bonnette v. California Health & Welfare Agency, 704 F.2d 1465 (9th Cir. 1983)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-ZHENG-2003',
    kind: 'judgment',
    citation: 'Zheng v. Liberty Apparel Co., 355 F.3d 61 (2d Cir. 2003); jury verdict of joint employment affirmed (2d Cir. 2010)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-TORRES-LOPEZ-1997',
    kind: 'judgment',
    citation:
      'Torres-Lopez v. May, 111 F.3d 633 (9th Cir. 1997), decided under the Migrant and Seasonal Agricultural Worker ' +
      'Protection Act (AWPA), which borrows the FLSA\'s definition of "employ": the Bonnette factors plus ' +
      'non-regulatory factors, among them a specialty job ' +
      'on the production line, responsibility passing from one contractor to another without material change, premises ' +
      'and equipment, a business organisation that could shift as a unit, permanence, and work integral to the business',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-RUTHERFORD-1947',
    kind: 'judgment',
    citation:
      'Rutherford Food Corp. v. McComb, 331 U.S. 722 (1947): workers of a contractor doing a step of the slaughterhouse line, ' +
      'on its premises, who stayed with the work whichever contractor held it, were employees of the slaughterhouse',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://supreme.justia.com/cases/federal/us/331/722/'
  },
  {
    id: 'S-SALINAS-2017',
    kind: 'judgment',
    citation: 'Salinas v. Commercial Interiors, Inc., 848 F.3d 125 (4th Cir. 2017)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-ENTERPRISE-2012',
    kind: 'judgment',
    citation: 'In re Enterprise Rent-A-Car Wage & Hour Employment Practices Litigation, 683 F.3d 462 (3d Cir. 2012)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-LEPKOWSKI-2011',
    kind: 'judgment',
    citation:
      'Lepkowski v. Telatron Marketing Group, Inc., 766 F. Supp. 2d 572 (W.D. Pa. 2011): the claim against the client ' +
      'dismissed at the pleading stage (Rule 12(b)(6))',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://casetext.com/case/lepkowski-v-telatron-marketing-group'
  },
  {
    id: 'S-LAYTON-2012',
    kind: 'judgment',
    citation: 'Layton v. DHL Express (USA), Inc., 686 F.3d 1172 (11th Cir. 2012)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-HALL-DIRECTV-2015',
    kind: 'judgment',
    superseded: {
      how: 'reversed',
      note: "The district court's dismissal was reversed by the Fourth Circuit, 846 F.3d 757 (2017), applying the joint-employment test it set out in Salinas.",
      by: ['S-SALINAS-2017']
    },
    citation: 'Hall v. DIRECTV, LLC (D. Md. 2015), reversed, 846 F.3d 757 (4th Cir. 2017)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-MOREAU-2004',
    kind: 'judgment',
    citation: 'Moreau v. Air France, 356 F.3d 942 (9th Cir. 2004)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  // United States — NLRA
  {
    id: 'S-NLRB-2020-RULE',
    kind: 'regulation',
    citation:
      'National Labor Relations Board, Joint Employer Status Under the National Labor Relations Act, 29 ' +
      'CFR 103.40 (final rule published 26 February 2020, effective 27 April 2020)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://www.federalregister.gov/documents/2020/02/26/2020-03373/joint-employer-status-under-the-national-labor-relations-act'
  },
  {
    id: 'S-BFI-2015',
    kind: 'judgment',
    superseded: {
      how: 'replaced',
      note: "Its standard (control reserved in the contract or exercised indirectly can be enough) was replaced by the NLRB's 2020 rule, which requires substantial direct and immediate control actually exercised; reserved and indirect control now count only as supporting evidence.",
      by: ['S-NLRB-2020-RULE']
    },
    citation: 'Browning-Ferris Industries of California, Inc., 362 NLRB No. 186 (27 August 2015)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://case-law.vlex.com/vid/browning-ferris-industries-of-887031214'
  },
  {
    id: 'S-BFI-DC-CIR-2018',
    kind: 'judgment',
    citation: 'Browning-Ferris Industries of California, Inc. v. NLRB, 911 F.3d 1195 (D.C. Cir. 2018)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://law.justia.com/cases/federal/appellate-courts/cadc/16-1028/16-1028-2018-12-28.html'
  },
  {
    id: 'S-NLRB-2023-RULE',
    kind: 'regulation',
    superseded: {
      how: 'vacated',
      note: 'Vacated by the Eastern District of Texas on 8 March 2024 before it took effect; the NLRB withdrew its appeal, so the 2020 rule remains in force.',
      by: ['S-CHAMBER-V-NLRB-2024', 'S-NLRB-2020-RULE']
    },
    citation:
      'National Labor Relations Board, Standard for Determining Joint Employer Status, final rule (October ' +
      '2023), vacated before taking effect',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-CHAMBER-V-NLRB-2024',
    kind: 'judgment',
    citation:
      'Chamber of Commerce of the United States v. NLRB, No. 6:23-cv-00553 (E.D. Tex. 8 March 2024); NLRB ' +
      'appeal withdrawn 19 July 2024',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  // United States — EEO, tax and benefits
  {
    id: 'S-EEOC-1997-GUIDANCE',
    kind: 'regulator-guidance',
    citation:
      'EEOC, Enforcement Guidance: Application of EEO Laws to Contingent Workers Placed by Temporary ' +
      'Employment Agencies and Other Staffing Firms, Notice 915.002 (3 December 1997)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://eeoc.gov/laws/guidance/enforcement-guidance-application-eeo-laws-contingent-workers-placed-temporary'
  },
  {
    id: 'S-EEOC-CONTROL-FACTORS',
    kind: 'regulator-guidance',
    citation: 'EEOC common-law control factors for employee status (sixteen factors, none decisive)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-BUTLER-2015',
    kind: 'judgment',
    citation: 'Butler v. Drive Automotive Industries of America, Inc., 793 F.3d 404 (4th Cir. 2015)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://app.midpage.ai/case/butler-v-drive-automotive-industries-2817293'
  },
  {
    id: 'S-REV-RUL-87-41',
    kind: 'regulator-guidance',
    citation: 'Internal Revenue Service, Rev. Rul. 87-41, 1987-1 C.B. 296 (twenty common-law control factors)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-DARDEN-1992',
    kind: 'judgment',
    citation: 'Nationwide Mutual Insurance Co. v. Darden, 503 U.S. 318 (1992)',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://supreme.justia.com/cases/federal/us/503/318/'
  },
  {
    id: 'S-VIZCAINO-1997',
    kind: 'judgment',
    citation:
      'Vizcaino v. Microsoft Corp., 120 F.3d 1006 (9th Cir. 1997) (en banc), where Microsoft conceded the workers were ' +
      'its common-law employees; settled December 2000 for about US$97 million',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal'],
    url: 'https://case-law.vlex.com/vid/vizcaino-v-microsoft-corp-890104045'
  },
  {
    id: 'S-BENDSEN-2008',
    kind: 'judgment',
    citation:
      'Bendsen (E.D. Mo. 2008): benefit-plan wording excluding anyone not on the payroll, "whether or not ' +
      'later determined to be employees", upheld',
    jurisdiction: 'United States (federal)',
    profiles: ['us-federal']
  },
  {
    id: 'S-MICROSOFT-POLICIES',
    kind: 'industry-practice',
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
    kind: 'legislation',
    citation:
      'California Labor Code § 2810.3 (AB 1897, effective 1 January 2015, as amended): client employer ' +
      "shares liability for wages and workers' compensation coverage",
    jurisdiction: 'United States (California)',
    profiles: ['us-california'],
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=2810.3'
  },
  {
    id: 'S-CA-LC-2810',
    kind: 'legislation',
    citation:
      'California Labor Code § 2810: contracts with construction, farm labour, garment, janitorial, security-guard or ' +
      'warehouse contractors priced too low for the contractor to comply with labour law',
    jurisdiction: 'United States (California)',
    profiles: ['us-california'],
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=2810'
  },
  {
    id: 'S-CA-AB5-2019',
    kind: 'legislation',
    citation:
      'California Labor Code § 2775: the ABC test of Dynamex Operations West, Inc. v. Superior Court, 4 Cal.5th ' +
      '903 (2018), enacted by AB 5 as § 2750.3 (effective 1 January 2020) and recodified as § 2775 by AB 2257 (2020)',
    jurisdiction: 'United States (California)',
    profiles: ['us-california'],
    url: 'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=2775'
  },
  {
    // bank 2026.5: the wage orders' own definition of "employ", which the California profile now encodes
    id: 'S-CA-MARTINEZ-2010',
    kind: 'judgment',
    citation:
      'Martinez v. Combs, 49 Cal. 4th 35 (2010): under the IWC wage orders, to "employ" means to exercise control over ' +
      'wages, hours or working conditions, to suffer or permit to work, or to engage, thereby creating a common-law ' +
      'employment relationship',
    jurisdiction: 'United States (California)',
    profiles: ['us-california'],
    url: 'https://law.justia.com/cases/california/supreme-court/2010/s163681.html'
  },
  {
    id: 'S-SALAZAR-2019',
    kind: 'judgment',
    citation: "Salazar v. McDonald's Corp., 944 F.3d 1024 (9th Cir. 2019), applying Martinez v. Combs, 49 Cal.4th 35 (2010)",
    jurisdiction: 'United States (California)',
    profiles: ['us-california'],
    url: 'https://law.justia.com/cases/federal/appellate-courts/ca9/17-15673/17-15673-2019-10-01.html'
  },
  // Since 2026.5 (counsel review): the wage orders reach work done in California, and Martinez's reading of
  // "employ" governs claims under § 1194, not every Labor Code claim. No URL: the citations are the authority.
  {
    id: 'S-CA-SULLIVAN-2011',
    kind: 'judgment',
    citation:
      'Sullivan v. Oracle Corp., 51 Cal. 4th 1191 (2011), following Tidewater Marine Western v. Bradshaw, 14 Cal. 4th 557 ' +
      "(1996): California's overtime law and wage orders apply to work done in California",
    jurisdiction: 'United States (California)',
    profiles: ['us-california']
  },
  {
    id: 'S-CA-FUTRELL-2010',
    kind: 'judgment',
    citation:
      'Futrell v. Payday California, Inc., 190 Cal. App. 4th 1419 (2010): the wage-order definition of "employ" applies to ' +
      'claims under Labor Code § 1194; other Labor Code claims use the common-law test',
    jurisdiction: 'United States (California)',
    profiles: ['us-california']
  }
] as const satisfies readonly Source[]
