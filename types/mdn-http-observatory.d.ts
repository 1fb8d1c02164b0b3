// @mdn/mdn-http-observatory ships no declarations: the part of its public entry point (`scan`,
// src/index.js) that scripts/observatory.mjs uses.
declare module '@mdn/mdn-http-observatory' {
  interface TestResult {
    result: string
    pass: boolean | null
    scoreModifier: number
  }
  export function scan(hostname: string): Promise<{
    scan: {
      grade: string
      score: number
      testsPassed: number
      testsQuantity: number
    }
    tests: Record<string, TestResult>
  }>
}
