/** Bundles TypeScript entries for plain Node with `electron` stubbed (see node-bundle.mjs). */
export function buildNodeBundle(options: { entries: Record<string, string>; outDir: string }): Promise<void>

/** jsPDF's optional dependencies aliased to the stub every shipped bundle uses (name → stub path). */
export const JSPDF_OPTIONAL: Record<string, string>
