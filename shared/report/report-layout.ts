/**
 * The version of what a report prints: its wording and layout. `verify` proves a PDF by re-rendering it
 * from the data, so a PDF made by a version of Arm's Length that worded the report differently cannot
 * match page for page even though nobody altered it. The report records this number in its Keywords
 * ("layout:N"), and `verify` tells that case apart from an alteration.
 *
 * Bump it whenever a change alters any text or drawing a report or packet prints for the same data;
 * test/shared/report-layout.test.ts fails until the pinned digest of the example reports is updated with it.
 */
export const REPORT_LAYOUT = 11
