// `npm run check:observatory -- <host>`: the MDN HTTP Observatory's grade for a deployed address,
// through the package's public entry point (`scan` from @mdn/mdn-http-observatory). Opt-in, not
// part of `npm test`: the Observatory grades a host name over https:// and http:// on the
// standard ports, which only a deployment answers, and the end-to-end tests already assert
// every security header on every page (tests/e2e/security.spec.ts).
//
//   npm run check:observatory -- leaving-coursera.example      (a URL is fine; its path is not
//                                                               scanned: the grade is the host's)
//
// Fails unless the grade is A+. Writes reports/observatory.json.
//
// The scan reads Chrome's HSTS preload list, which the package downloads in its install step.
// This project installs with `ignore-scripts` (.npmrc), so on a fresh install run that step
// once, on a machine with network:  npm rebuild @mdn/mdn-http-observatory --ignore-scripts=false
// Without either, MDN's own page grades the same host:
// https://developer.mozilla.org/en-US/observatory/analyze?host=<host>
import { mkdirSync, writeFileSync } from 'node:fs'
import { scan } from '@mdn/mdn-http-observatory'

const minimumGrade = 'A+'
const target = process.argv[2] ?? process.env.OBSERVATORY_HOST
if (!target) {
  console.error(
    'Give the deployed host to grade: npm run check:observatory -- <host>\n' +
      '(The security headers of a local build are asserted by `npm run test:e2e`.)',
  )
  process.exit(2)
}
const host = new URL(target.includes('://') ? target : `https://${target}`).hostname

let result
try {
  result = await scan(host)
} catch (error) {
  const { code, message } = /** @type {{ code?: string, message?: string }} */ (error)
  const listMissing = code === 'ENOENT' && /hsts-preload/.test(message ?? '')
  console.error(
    listMissing
      ? 'The Observatory has no HSTS preload list: its install step has not run (.npmrc sets ' +
          'ignore-scripts). Run once, with network:\n' +
          '  npm rebuild @mdn/mdn-http-observatory --ignore-scripts=false'
      : `The Observatory could not scan ${host}: ${message ?? error}`,
  )
  process.exit(2)
}

const lost = Object.entries(result.tests)
  .filter(([, t]) => t.scoreModifier < 0)
  .map(([name, t]) => `${name}: ${t.result} (${t.scoreModifier})`)
const ok = result.scan.grade === minimumGrade
console.log(
  `${ok ? 'ok  ' : 'FAIL'} ${host}  grade ${result.scan.grade}  score ${result.scan.score}` +
    `  (${result.scan.testsPassed} of ${result.scan.testsQuantity} tests passed)` +
    (lost.length ? `\n     lost: ${lost.join('; ')}` : ''),
)
mkdirSync('reports', { recursive: true })
writeFileSync(
  'reports/observatory.json',
  JSON.stringify({ date: new Date().toISOString(), host, ...result }, null, 2) + '\n',
)
console.log('Wrote reports/observatory.json')
if (!ok) {
  console.error(`${host} must grade ${minimumGrade}.`)
  process.exit(1)
}
