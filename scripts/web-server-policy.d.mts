import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'

export const DEFAULT_WEB_PORT: number
export const FRAME_HEADERS: Readonly<Record<string, string>>
export function canonicalRedirect(host: string | undefined, url: string | undefined): string | null
export function webServerPolicyMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void
export function webServerPolicy(): Plugin
