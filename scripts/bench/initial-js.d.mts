export function staticImports(code: string): string[]
export function initialJs(rendererDir: string): { files: { file: string; raw: number; gzip: number }[]; raw: number; gzip: number }
