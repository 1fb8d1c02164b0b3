export const chromiumArgs: string[]
export function chromiumExecutable(): string | undefined
export function hasChromium(): boolean
