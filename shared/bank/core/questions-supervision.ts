import type { CoreQuestion } from '../core-bank'

export const QUESTIONS_SUPERVISION: readonly CoreQuestion[] = [
  {
    id: 'SUP-01',
    section: 'supervision',
    dimension: 'supervision',
    format: 'contract-and-practice',
    prompt: "In practice, who tells the vendor's individual agents what to do and how to do it during the working day?",
    plannedPrompt: 'Once the service is running, who will tell individual agents what to do and how to do it?',
    help:
      'Directing individual workers is the control that almost every test weighs most: US courts and the ' +
      'NLRB look for direct supervision that is actually exercised, Germany for person-related ' +
      'instructions, the Philippines and India for control over the means and methods of the work. Setting ' +
      'the result you need — service levels, quality standards, brand and compliance rules — and leaving ' +
      'the "how" and "who" to the vendor\'s team leads is treated very differently.',
    factors: ['F-SUPERVISION', 'F-RESULT-NOT-PERSON', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 5,
    naAllowed: false,
    contract: {
      prompt: "What does the contract say about who supervises and directs the vendor's agents?",
      plannedPrompt: "What will the draft contract say about who supervises and directs the vendor's agents?",
      options: [
        {
          id: 'vendor-reserved',
          label: 'Supervision is reserved to the vendor; we set service levels and standards for the result',
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say who supervises the agents',
          risk: 2,
          remediation:
            'Add a clause that the vendor alone supervises and directs its agents and that your ' +
            "requirements are given to the vendor's managers as service levels and standards."
        },
        {
          id: 'shared',
          label: 'Supervision is described as shared, or our staff may direct agents "as needed"',
          risk: 3,
          remediation:
            'Replace shared-supervision wording with vendor-only supervision; keep your rights to set ' +
            'service levels, quality standards and acceptance criteria.'
        },
        {
          id: 'client-right',
          label: 'The contract gives our staff the right to supervise and direct individual agents',
          risk: 4,
          remediation:
            'Remove the right to direct individual agents at the next amendment and describe the service ' +
            'by its results; if you genuinely need to direct people, take legal advice on a staffing or ' +
            'leasing model.'
        }
      ]
    },
    options: [
      {
        id: 'vendor-only',
        label: "Only the vendor's team leads and supervisors; we give our requirements to the vendor's managers",
        plannedLabel: "Only the vendor's team leads; we will give our requirements to the vendor's managers",
        risk: 0
      },
      {
        id: 'via-vendor-lead',
        label: "Now and then our staff raise a point about an individual, always through the vendor's team lead",
        plannedLabel: "Our staff may raise points about individuals, always through the vendor's team lead",
        risk: 1,
        remediation:
          'Frame these points as service findings (what went wrong, which standard applies) and let the ' +
          "vendor's team lead decide what to do with the agent; record them in the governance log."
      },
      {
        id: 'direct-occasional',
        label: 'Our staff sometimes instruct individual agents directly, a few times a month or less',
        plannedLabel: 'Our staff will sometimes instruct individual agents directly',
        risk: 3,
        remediation:
          'Stop direct instructions to agents: turn each recurring instruction into an account-level ' +
          "requirement and give it to the vendor's team lead, who decides how and by whom it is carried " +
          'out.'
      },
      {
        id: 'direct-routine',
        label: 'Our staff give instructions directly to individual agents every week or more often',
        plannedLabel: 'Our staff will direct individual agents as part of the normal routine',
        risk: 4,
        remediation:
          "Set up a single channel to the vendor's team leads, brief your staff that they must not direct " +
          'agents, and convert routine instructions into written service requirements reviewed at the ' +
          'business review.'
      }
    ]
  },
  {
    id: 'SUP-02',
    section: 'supervision',
    dimension: 'supervision',
    format: 'single',
    prompt: 'When your staff contact agents directly, what are the instructions about?',
    plannedPrompt: 'When your staff contact agents directly, what will the instructions be about?',
    help:
      'Courts separate requirements about the result from instructions to a person. Telling the whole team ' +
      'about a new quality rule is close to setting a standard; telling one agent which cases to take, in ' +
      'what order or how to handle a call is supervision of that person, and in Germany a sign of labour ' +
      'leasing.',
    factors: ['F-RESULT-NOT-PERSON', 'F-WORK-ASSIGNMENT', 'F-SUPERVISION'],
    weight: 4,
    naAllowed: false,
    showIf: { question: 'SUP-01', anyOf: ['direct-occasional', 'direct-routine'] },
    options: [
      {
        id: 'result-only',
        label: 'Only account-wide requirements — service levels, quality or brand rules — the same the vendor receives',
        plannedLabel: 'Only account-wide requirements, the same the vendor receives',
        risk: 0
      },
      {
        id: 'task-level',
        label: 'Which cases, tasks or queues an individual agent should work on, or in what order',
        risk: 3,
        remediation:
          "Give priorities to the vendor as queue or case-type rules and let the vendor's team lead " + 'assign work to individual agents.'
      },
      {
        id: 'method-level',
        label: 'How an individual agent should do the work — corrections on calls, personal scripts, breaks, pace',
        risk: 4,
        remediation:
          "Send method issues to the vendor's quality team as findings on sample contacts; the vendor " + 'coaches its own agents.'
      }
    ]
  },
  {
    id: 'SUP-03',
    section: 'supervision',
    dimension: 'supervision',
    format: 'single',
    prompt: "Are your staff's direct contacts with agents copied to the vendor's team lead and recorded?",
    plannedPrompt: "Will your staff's direct contacts with agents be copied to the vendor's team lead and recorded?",
    help:
      'The NLRB rule discounts control that is sporadic, isolated or limited and routine, and a record ' +
      "shows how often direct contact happened and what it was about. Copying the vendor's team lead also " +
      'keeps the vendor in charge of its people.',
    factors: ['F-SUPERVISION', 'F-ESCALATION'],
    weight: 2,
    naAllowed: false,
    showIf: { question: 'SUP-01', anyOf: ['direct-occasional', 'direct-routine'] },
    options: [
      {
        id: 'logged',
        label: "Yes — each contact is copied to the vendor's team lead and recorded in a log",
        plannedLabel: "Yes — each contact will be copied to the vendor's team lead and logged",
        risk: 0
      },
      {
        id: 'sometimes',
        label: 'Sometimes; there is no consistent practice',
        risk: 2,
        remediation:
          "Make it a rule that any unavoidable direct contact is copied to the vendor's team lead the " +
          'same day and noted in the governance log.'
      },
      {
        id: 'no',
        label: "No — contacts happen in chat or calls without the vendor's lead and without a record",
        risk: 3,
        remediation: "Close direct chat channels with agents, route requests through the vendor's team leads, and " + 'log any exception.'
      }
    ]
  },
  {
    id: 'SUP-04',
    section: 'supervision',
    dimension: 'supervision',
    format: 'contract-and-practice',
    prompt: 'Who gives individual agents feedback on their performance — coaching, scorecards, performance reviews?',
    plannedPrompt: 'Who will give individual agents feedback on their performance?',
    help:
      'Evaluating and coaching individual workers is part of day-to-day supervision, one of the strongest ' +
      "signs of an employer. Quality findings at account level, or calibration with the vendor's quality " +
      'team on sample contacts, let you improve the service while the vendor manages its own people.',
    factors: ['F-PERFORMANCE-MANAGEMENT', 'F-SUPERVISION', 'F-RESULT-NOT-PERSON'],
    weight: 4,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about who evaluates and coaches individual agents?',
      plannedPrompt: 'What will the draft contract say about who evaluates and coaches individual agents?',
      options: [
        {
          id: 'vendor-reserved',
          label: 'The vendor evaluates and coaches its agents; we receive account-level quality reports',
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say',
          risk: 1,
          remediation:
            "Add that performance management of individual agents is the vendor's responsibility and that " +
            'you receive account-level quality reporting and calibration.'
        },
        {
          id: 'client-reviews',
          label: "We may conduct, join or approve individual agents' performance reviews",
          risk: 3,
          remediation:
            'Replace the right to review individuals with a right to account-level quality reporting, ' +
            'sample audits and joint calibration sessions.'
        }
      ]
    },
    options: [
      {
        id: 'vendor-only',
        label: "The vendor's team leads and quality staff; we give account-level quality findings to the vendor",
        plannedLabel: "The vendor's team leads; we will give account-level quality findings to the vendor",
        risk: 0
      },
      {
        id: 'calibration',
        label: "We join calibration sessions on sample contacts with the vendor's quality team; the vendor coaches",
        plannedLabel: "We will join calibration sessions with the vendor's quality team; the vendor will coach",
        risk: 0
      },
      {
        id: 'named-via-vendor',
        label: "We send feedback about named agents to the vendor's team lead, who decides what to do",
        risk: 1,
        remediation:
          'Where possible give findings by contact or case rather than by agent name, and leave any ' +
          'consequence for the agent to the vendor.'
      },
      {
        id: 'direct-coaching',
        label: 'Our staff coach individual agents directly or sit in on their one-to-ones',
        risk: 3,
        remediation:
          "Stop direct coaching; run coaching needs through the vendor's quality team, for example as " + 'monthly calibration findings.'
      },
      {
        id: 'client-reviews',
        label: "Our staff write, score or sign off individual agents' performance reviews or scorecards",
        risk: 4,
        redFlag: true,
        remediation:
          'Hand individual reviews and scorecards back to the vendor at once; keep only account-level ' +
          'scorecards and sample audits on your side.'
      }
    ]
  },
  {
    id: 'SUP-05',
    section: 'supervision',
    dimension: 'supervision',
    format: 'single',
    prompt: "Do your staff's assessments of individual agents affect their pay, bonus or continued assignment?",
    plannedPrompt: "Will your staff's assessments of individual agents affect their pay, bonus or assignment?",
    help:
      "When a client's view of a person feeds into that person's pay or job, the client shares in " +
      'essential terms of employment — wages, discipline, discharge — which every test weighs heavily.',
    factors: ['F-PERFORMANCE-MANAGEMENT', 'F-PAY', 'F-HIRE-FIRE'],
    weight: 4,
    naAllowed: false,
    showIf: { question: 'SUP-04', anyOf: ['direct-coaching', 'client-reviews'] },
    options: [
      {
        id: 'no',
        label: 'No — the vendor decides pay, bonus and assignment from its own assessment',
        plannedLabel: 'No — the vendor will decide from its own assessment',
        risk: 0
      },
      {
        id: 'considered',
        label: 'The vendor takes our assessment into account',
        risk: 3,
        remediation:
          'Ask the vendor to base pay, bonus and assignment decisions on its own assessment; share only ' + 'account-level results.'
      },
      {
        id: 'decisive',
        label: 'Our assessment decides, or the vendor follows it as a matter of course',
        risk: 4,
        remediation:
          'Stop scoring individuals for pay or assignment decisions; agree in writing that these are the ' + "vendor's decisions alone."
      }
    ]
  },
  {
    id: 'SUP-06',
    section: 'supervision',
    dimension: 'supervision',
    format: 'single',
    prompt: 'Who decides which agent works on which queue or task, and who sets targets for individual agents?',
    plannedPrompt: 'Who will decide which agent works on which queue or task, and set individual targets?',
    help:
      'Assigning tasks to named people and setting their personal targets is an instruction about the ' +
      'person, not the result. Forecasting volumes and agreeing account-level targets with the vendor is ' +
      'not.',
    factors: ['F-WORK-ASSIGNMENT', 'F-RESULT-NOT-PERSON'],
    weight: 4,
    naAllowed: false,
    options: [
      {
        id: 'vendor-allocates',
        label: 'The vendor allocates work and sets individual targets; we forecast volumes and agree account targets',
        plannedLabel: 'The vendor will allocate work and set individual targets; we will agree account targets',
        risk: 0
      },
      {
        id: 'team-level-plan',
        label: "We review the vendor's team-level staffing plan (heads per queue) but not who goes where",
        risk: 1,
        remediation: 'Keep your review at the level of skills and headcount per queue, and say so in the governance terms.'
      },
      {
        id: 'individual-targets',
        label: 'We set or approve targets for named agents',
        risk: 3,
        remediation: 'Replace individual targets with account-level KPIs; the vendor translates them into targets for ' + 'its people.'
      },
      {
        id: 'client-assigns',
        label: 'Our staff decide which named agents work on which queues or tasks',
        risk: 4,
        remediation: 'Give the vendor queue priorities and skill requirements, and let its workforce planners assign agents.'
      }
    ]
  }
]
