import type { CoreQuestion } from '../core-bank'

export const QUESTIONS_TRAINING: readonly CoreQuestion[] = [
  {
    id: 'TRN-01',
    section: 'training',
    dimension: 'training',
    format: 'contract-and-practice',
    prompt: 'Who delivers training to the agents?',
    plannedPrompt: 'Who will deliver training to the agents?',
    help:
      'Training workers in how to do their job is one of the IRS common-law control factors. You do need ' +
      'the agents to know your products, processes and standards: supplying the material, ' +
      'train-the-trainer sessions and knowledge-transfer sessions to the vendor, whose trainers then train ' +
      'its people, meets that need without you acting as their employer.',
    factors: ['F-TRAINING', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 3,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about training the agents?',
      plannedPrompt: 'What will the draft contract say about training the agents?',
      options: [
        {
          id: 'vendor-trains',
          label: 'The vendor trains its agents; we supply product and process material and train-the-trainer sessions',
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say who trains',
          risk: 1,
          remediation:
            'Add that the vendor trains its agents using material and train-the-trainer sessions you ' +
            'provide, and that you may audit training quality at account level.'
        },
        {
          id: 'client-trains',
          label: 'We are responsible for training the individual agents',
          risk: 3,
          remediation:
            'Move responsibility for training to the vendor; keep your obligation to provide material, ' +
            'subject experts for knowledge transfer, and sign-off of the curriculum.'
        }
      ]
    },
    options: [
      {
        id: 'vendor-trainers',
        label: "The vendor's trainers, using material and train-the-trainer sessions we provide",
        plannedLabel: "The vendor's trainers, using material and train-the-trainer sessions we will provide",
        risk: 0
      },
      {
        id: 'knowledge-transfer',
        label: "Our experts also run occasional knowledge-transfer sessions (launches, policy changes), with the vendor's trainers present",
        plannedLabel: "Our experts will also run occasional knowledge-transfer sessions with the vendor's trainers",
        risk: 1,
        remediation:
          'Keep these sessions about product and process content, record them as knowledge transfer to the ' +
          "vendor, and let the vendor's trainers follow up with individuals."
      },
      {
        id: 'client-trains-routinely',
        label: 'Our staff deliver the regular onboarding or skills training to agents',
        risk: 3,
        remediation:
          "Run a train-the-trainer programme so the vendor's trainers take over onboarding and skills " +
          'training within an agreed period.'
      },
      {
        id: 'employee-curriculum',
        label: 'Agents attend our internal employee training, on our HR curriculum, alongside our own staff',
        risk: 3,
        remediation:
          'Separate the vendor curriculum from your employee curriculum; provide the service-specific ' +
          'content to the vendor to deliver.'
      }
    ]
  },
  {
    id: 'TRN-02',
    section: 'training',
    dimension: 'training',
    format: 'single',
    prompt: 'Who decides that an agent is ready to take live work, and who decides that an agent needs retraining?',
    plannedPrompt: 'Who will decide that an agent is ready for live work, or needs retraining?',
    help:
      'Setting the standard an agent must reach is a requirement about the service. Testing and signing ' +
      'off individuals, or sending named people back to training, is a decision about the person and their ' +
      'continued work.',
    factors: ['F-TRAINING', 'F-PERFORMANCE-MANAGEMENT', 'F-RESULT-NOT-PERSON'],
    weight: 3,
    naAllowed: false,
    options: [
      {
        id: 'vendor-certifies',
        label: 'The vendor, against pass criteria we agreed for the account',
        plannedLabel: 'The vendor, against pass criteria we will agree for the account',
        risk: 0
      },
      {
        id: 'client-audits-sample',
        label: 'The vendor decides; we audit a sample of certifications at account level',
        risk: 0
      },
      {
        id: 'client-orders-retraining',
        label: 'Our staff decide which named agents must be retrained',
        risk: 3,
        remediation:
          "Report the quality gap to the vendor's quality team as an account-level finding; the vendor " + 'chooses who to retrain.'
      },
      {
        id: 'client-signs-off',
        label: 'Our staff test or sign off each agent before they go live',
        plannedLabel: 'Our staff will test or sign off each agent before they go live',
        risk: 3,
        remediation: 'Replace individual sign-off with agreed pass criteria that the vendor applies, and audit a sample.'
      }
    ]
  }
]
