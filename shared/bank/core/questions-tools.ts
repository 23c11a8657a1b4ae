import type { CoreQuestion } from '../core-bank'

export const QUESTIONS_TOOLS: readonly CoreQuestion[] = [
  {
    id: 'TLS-01',
    section: 'tools',
    dimension: 'tools-access',
    format: 'contract-and-practice',
    prompt: 'Whose equipment do the agents use — computers, headsets, phones — and whose workplace?',
    plannedPrompt: 'Whose equipment and workplace will the agents use?',
    help:
      'Who furnishes the equipment and place of work is one of the three most important factors in Butler ' +
      "and a Zheng and Salinas factor. In the Philippines the vendor's own capital, tools and premises " +
      'are part of the test for a legitimate contractor. Access to your applications that the service ' +
      'needs is normal.',
    factors: ['F-TOOLS-PREMISES', 'F-SUBSTANCE-OVER-LABEL'],
    weight: 3,
    naAllowed: false,
    contract: {
      prompt: 'What does the contract say about equipment and workplace?',
      plannedPrompt: 'What will the draft contract say about equipment and workplace?',
      options: [
        {
          id: 'vendor-provides',
          label: 'The vendor provides equipment and workplace; we grant access to the systems the service needs',
          risk: 0
        },
        {
          id: 'silent',
          label: 'The contract does not say',
          risk: 1,
          remediation:
            "State that the vendor provides its agents' equipment and workplace, and list any systems " +
            'access you grant for the service.'
        },
        {
          id: 'client-provides',
          label: "We provide the agents' equipment, workspace and tools",
          risk: 2,
          remediation:
            'Move equipment and workplace to the vendor at the next renewal, or record any items you must ' +
            'supply as provided to the vendor for the service.'
        }
      ]
    },
    options: [
      {
        id: 'vendor-equipment',
        label: "The vendor's equipment and network; agents log into the applications of ours that the service needs",
        plannedLabel: "The vendor's equipment and network, with access to the applications the service needs",
        risk: 0
      },
      {
        id: 'some-client-devices',
        label: "Mostly the vendor's, with a few devices we supply for security reasons, issued to the vendor",
        risk: 1,
        remediation:
          'Issue any devices you must supply to the vendor, not to named agents, and record them as the ' + "vendor's responsibility."
      },
      {
        id: 'client-equipment',
        label: "We supply the agents' computers or phones, issued to named agents, but they work at the vendor's site or from home",
        plannedLabel: "We will supply computers or phones issued to named agents, who will work at the vendor's site or from home",
        risk: 2,
        remediation:
          'Issue any equipment you must supply to the vendor, not to named agents, and keep a register of ' +
          'what the vendor holds for the service.'
      },
      {
        id: 'client-everything',
        label: 'We supply the equipment and the workplace, as we do for our own employees',
        plannedLabel: 'We will supply the equipment and the workplace, as for our own employees',
        risk: 3,
        remediation:
          'Plan a transition to vendor-provided equipment and workplace; until then, issue equipment to ' +
          'the vendor under the service contract and keep a register.'
      }
    ]
  },
  {
    id: 'TLS-02',
    section: 'tools',
    dimension: 'tools-access',
    format: 'single',
    prompt: 'How are the agents identified in your email and systems, and to your customers?',
    plannedPrompt: 'How will the agents be identified in your email and systems, and to your customers?',
    help:
      "Answering customers in your brand's name is a normal part of a service, but presenting vendor " +
      'workers as your own employees — your email identity without an external marker, your job titles, ' +
      'employee badges or business cards, or telling them to say they work for you — treats them as your ' +
      'staff and undermines every other boundary you keep. In the US cases it was evidence of joint ' +
      'employment.',
    factors: ['F-HOLDING-OUT', 'F-RESULT-NOT-PERSON'],
    weight: 4,
    naAllowed: false,
    options: [
      {
        id: 'marked-external',
        label: "Accounts are clearly marked external; with customers agents serve in our brand's name but do not claim to be our employees",
        plannedLabel: "Accounts will be marked external; agents will serve in our brand's name without claiming to be our employees",
        risk: 0
      },
      {
        id: 'unmarked-accounts',
        label: 'Agents have internal accounts that look like employee accounts (no external marker)',
        risk: 2,
        remediation:
          "Add an external marker to agents' accounts and display names (for example the vendor's name), " +
          'and keep them out of employee-only directories and distribution lists.'
      },
      {
        id: 'held-out',
        label: 'Agents use our email addresses with our job titles and are presented to customers as our staff',
        risk: 4,
        redFlag: true,
        remediation:
          "Change signatures and titles to show the agents act for your brand as the vendor's staff, add " +
          'external markers to their accounts, and stop presenting them as your employees.'
      },
      {
        id: 'told-employees',
        label: 'Agents are told to say they work for us, or carry our employee badges or business cards',
        risk: 4,
        redFlag: true,
        remediation:
          'Withdraw employee badges and business cards, issue contractor identification, and update ' +
          'scripts so agents speak for your brand without claiming to be your employees.'
      }
    ]
  },
  {
    id: 'TLS-03',
    section: 'tools',
    dimension: 'tools-access',
    format: 'single',
    prompt: "When your systems record individual agents' activity (productivity, screen or call data), who acts on it?",
    plannedPrompt: "When your systems record individual agents' activity, who will act on it?",
    help:
      'Reporting tools let you follow the service without managing people. Using individual activity data ' +
      'to contact or direct agents yourself is supervision by other means.',
    factors: ['F-MONITORING-DATA', 'F-SUPERVISION'],
    weight: 3,
    naAllowed: true,
    options: [
      {
        id: 'aggregate',
        label: 'We see account-level or anonymised data; individual data goes to the vendor, which acts on it',
        plannedLabel: 'We will see account-level data; individual data will go to the vendor',
        risk: 0
      },
      {
        id: 'named-via-vendor',
        label: "We look at named agents' data but pass any findings to the vendor's team leads",
        risk: 1,
        remediation: 'Switch your dashboards to team or account level where you can, and leave individual follow-up ' + 'to the vendor.'
      },
      {
        id: 'client-acts',
        label: "Our staff act on named agents' data themselves — contacting them or changing their work",
        risk: 3,
        remediation:
          'Stop acting on individual data; send account-level findings to the vendor and limit named data ' + "to the vendor's supervisors."
      }
    ]
  },
  {
    id: 'SEC-01',
    section: 'tools',
    dimension: 'data-security',
    format: 'single',
    prompt: 'How are your security and data-protection rules applied to the agents, and who deals with breaches?',
    plannedPrompt: 'How will your security and data-protection rules be applied to the agents?',
    help:
      'Security requirements are legitimate requirements about the service when the vendor applies them to ' +
      'its people, grants and removes access through an agreed process, and deals with breaches. Managing ' +
      "agents' accounts and sanctions as you would employees' brings you back into the employer's role.",
    factors: ['F-DATA-SECURITY', 'F-DISCIPLINE'],
    weight: 2,
    naAllowed: false,
    options: [
      {
        id: 'vendor-enforces',
        label: 'The rules are in the contract; the vendor requests least-privilege access, trains its people and handles breaches',
        plannedLabel: 'The rules will be in the contract; the vendor will request access, train its people and handle breaches',
        risk: 0
      },
      {
        id: 'client-training-vendor-enforces',
        label: 'We run mandatory security training for agents directly, but the vendor handles breaches',
        risk: 1,
        remediation:
          'Provide the security training content to the vendor to deliver and evidence, keeping your right ' + 'to audit completion.'
      },
      {
        id: 'employee-lifecycle',
        label: "Our IT manages agents' accounts on our employee lifecycle (same joiner and leaver process)",
        risk: 2,
        remediation:
          "Set up a separate access process for vendor staff, driven by the vendor's requests, with " + 'periodic access reviews.'
      },
      {
        id: 'client-sanctions',
        label: 'Our security team investigates and sanctions individual agents for breaches',
        risk: 3,
        remediation:
          'Investigate incidents jointly if needed, but leave any sanction of the agent to the vendor ' + 'under its own policies.'
      }
    ]
  }
]
