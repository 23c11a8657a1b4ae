// The one entry scripts/validate-cases.mjs loads: the case runner, its formats and the shipped bank.
export { DEFAULT_BANK } from '../bank/bank-registry'
export { formatReportMarkdown, formatReportText } from './format-report'
export { runValidation } from './run-cases'
