import { bandStillProvisional } from '../scoring/band-provisional'
import type { PortfolioRow } from './portfolio-types'

/**
 * A row's band that enough answers back but a question still open could raise on its own (a Critical
 * cannot rise): it is shown as "Low, provisional", never as a plain "Low" nor counted under its band,
 * as the Results screen and the report say it (vendor-manager review).
 */
export function rowBandProvisional(row: Pick<PortfolioRow, 'overall' | 'sufficiency' | 'openDecisive'>): boolean {
  return row.overall !== null && row.sufficiency !== null && bandStillProvisional(row.sufficiency, row.overall.band, row.openDecisive > 0)
}
