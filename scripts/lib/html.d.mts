export function eachElement(
  html: string,
  visit: (name: string, attrs: Map<string, string>, node: unknown) => void,
): void
export function textOf(node: unknown): string
export function tokens(value: string | undefined): string[]
