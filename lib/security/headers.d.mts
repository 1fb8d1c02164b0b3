export const securityHeaders: { key: string; value: string }[]
export const apiContentSecurityPolicy: string
export function pageContentSecurityPolicy(scripts: string[], options?: { dev?: boolean }): string
export function staticPageContentSecurityPolicy(options?: { dev?: boolean }): string
