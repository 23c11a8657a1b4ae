/** Bundles TypeScript entries for plain Node with `electron` stubbed (see node-bundle.mjs). */
export function buildNodeBundle(options: { entries: Record<string, string>; outDir: string }): Promise<void>
