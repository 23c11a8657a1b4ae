/** "the Philippines", "the United Kingdom", "the United States (federal)"; other names as they are. */
export function withArticle(name: string): string {
  return /^(United |Philippines\b|Netherlands\b)/.test(name) ? `the ${name}` : name
}
