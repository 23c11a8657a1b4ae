import type { CoreQuestion } from '../core-bank'

/** Where the people came from and where they may go: former employees, offers of direct employment. */
export const QUESTIONS_PEOPLE_MOVES: readonly CoreQuestion[] = [
  {
    id: 'HIR-06',
    section: 'people',
    dimension: 'hiring-removal',
    format: 'single',
    prompt: 'Were any of the agents on your account previously your own employees?',
    plannedPrompt: 'Will any of the agents on your account be people who are now your own employees?',
    help:
      "Moving your own employees onto a vendor's payroll to keep them doing the same work for you is the " +
      'pattern courts look through: Microsoft\'s "rolled-over" workers in Vizcaino, the contractor\'s ' +
      '"workers" an Indian court called a subterfuge in Bhilwara. A transfer of a whole service under a ' +
      'transfer law such as TUPE, after which the vendor really manages the people, is different.',
    factors: ['F-HIRING-PIPELINE', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'none',
        label: 'No — none of them worked for us',
        plannedLabel: 'No — none of them will be our current employees',
        risk: 0
      },
      {
        id: 'transferred-service',
        label: 'Some moved to the vendor when the whole service was outsourced (for example under TUPE), and the vendor now manages them',
        plannedLabel: 'Some will move with the whole service (for example under TUPE), and the vendor will manage them',
        risk: 1,
        remediation:
          "Keep the transferred team under the vendor's own management and terms, and keep the transfer " + 'documents with the contract.'
      },
      {
        id: 'rebadged-same-work',
        label: 'Some were our employees and now do the same job for us through the vendor, with little else changed',
        plannedLabel: 'Some of our employees will keep doing the same job for us through the vendor',
        risk: 3,
        remediation:
          'Take legal advice: either the vendor takes over supervision, pay and organisation of the work in ' +
          'fact, or the people should be employed directly.'
      },
      {
        id: 'moved-to-keep',
        label: "We moved or told our own employees to join the vendor's payroll so that they could keep working for us",
        plannedLabel: "We plan to move our own employees onto the vendor's payroll so that they keep working for us",
        risk: 4,
        remediation:
          'Take legal advice now; courts treat a payroll change without a change in who directs the work as ' + 'no change of employer.'
      }
    ]
  },
  {
    id: 'HIR-07',
    section: 'people',
    dimension: 'hiring-removal',
    format: 'single',
    prompt: 'Have agents on your account been offered a job with your company, and what happened?',
    plannedPrompt: 'Do you plan to offer agents on your account jobs with your company?',
    help:
      'Whether the people themselves understood they worked for the vendor is one of the common-law ' +
      'factors (EEOC). An agent who turns down your offer and stays with the vendor shows the line was ' +
      'understood; agents hired by you who keep doing the same work next to vendor agents, or an ' +
      'expectation that they will all become yours, blur it.',
    factors: ['F-HIRING-PIPELINE', 'F-INTEGRATION'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'none',
        label: 'No offers, apart from published vacancies open to anyone',
        plannedLabel: 'No; only our published vacancies, open to anyone',
        risk: 0
      },
      {
        id: 'declined-stayed-vendor',
        label: "Some were offered jobs and declined; they stayed the vendor's employees",
        risk: 0
      },
      {
        id: 'hired-left-account',
        label: 'Some accepted through an agreed process and left the account for other work with us',
        risk: 0
      },
      {
        id: 'hired-same-work',
        label: "Those who accepted do the same work on the account, now on our payroll beside the vendor's agents",
        plannedLabel: 'Those who accept will do the same work on the account on our payroll',
        risk: 2,
        remediation:
          "Keep hired agents out of the vendor's service, or bring the work in house openly; do not run " + 'two payrolls for one team.'
      },
      {
        id: 'conversion-expected',
        label: 'Agents are expected to become our employees after a period on the account',
        plannedLabel: 'Agents will be expected to become our employees after a period on the account',
        risk: 3,
        remediation:
          'Separate the service from your recruitment; if you need temp-to-hire, set it up with counsel as a ' + 'staffing arrangement.'
      }
    ]
  }
]
