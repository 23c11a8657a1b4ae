import type { RiskBand } from '../bank/vocabulary'
import type { SufficiencyStatus } from './score-types'

/**
 * A sufficient result's band that a question still open could raise (a Critical cannot rise): shown as
 * provisional on every surface, overall, per law and per section. Below sufficient every band is provisional
 * anyway, and says so in its own words ("Insufficient information").
 */
export function bandStillProvisional(status: SufficiencyStatus, band: RiskBand, openDecisive: boolean): boolean {
  return status === 'sufficient' && openDecisive && band !== 'critical'
}

/**
 * A band not named at all: a Low on too little information (or on none: "Not assessed" says so first). Unanswered questions score nothing while still counting
 * in the maximum, so such a Low says nothing of low risk; every surface says "no band yet" instead (DECISIONS 258).
 * A provisional Moderate, High or Critical is still named: risk already found is information.
 */
export function bandWithheld(status: SufficiencyStatus, band: RiskBand): boolean {
  return status !== 'sufficient' && band === 'low'
}
