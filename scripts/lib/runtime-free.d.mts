import type { IncomingMessage, ServerResponse } from 'node:http'

export const runtimeFreePaths: Set<string>
/** True for a reader's GET of a page served without the client runtime. */
export function wantsRuntimeFree(req: IncomingMessage): boolean
/** Lets `handle` render into a buffer, then sends the page without Next's scripts. */
export function serveRuntimeFree(
  req: IncomingMessage,
  res: ServerResponse,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void,
): Promise<void> | void
/** The page with Next's inline RSC payload scripts cut out by position. */
export function cutPayload(html: string): string
