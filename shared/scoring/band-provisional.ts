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
