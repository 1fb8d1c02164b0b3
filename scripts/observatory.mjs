// `npm run check:observatory`: grades our response headers with the MDN HTTP Observatory's own
// code (@mdn/mdn-http-observatory), on a guide page (static) and the refund check (rendered
// per request). The Observatory scans https:// and http:// on a host name, so
// this script plays the part of the deployment in front of `npm start`: a TLS terminator with
// a throwaway self-signed certificate for "localhost" (trusted for the scan only, through
// NODE_EXTRA_CA_CERTS) and a plain-HTTP listener that redirects to it. Everything graded
// besides that redirect is what our server sends. Needs `npm run build` and openssl.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { portFrom, startNext } from './lib/server.mjs'

const paths = [
  '/',
  '/cancel/web',
  '/refunds/check?product=course&channel=web&paid=2026-11-07&today=2026-11-08&region=eu',
]
const minimumGrade = 'A+'

// The package's install step downloads Chrome's HSTS preload list, which this offline machine
// cannot do (and npm is set to skip install steps). An empty list only means no host counts
// as preloaded; nothing we scan is.
const preload = path.join(
  'node_modules',
  '@mdn',
  'mdn-http-observatory',
  'conf',
  'hsts-preload.json',
)
if (!existsSync(preload)) writeFileSync(preload, '{}\n')

if (process.argv[2] === '--scan') {
  // Child process: NODE_EXTRA_CA_CERTS is read at start-up, so the scan runs here.
  const [, , , httpPort, httpsPort, scanPath] = process.argv
  const { retrieve } = await import('@mdn/mdn-http-observatory/src/retriever/retriever.js')
  const { ALL_TESTS } = await import('@mdn/mdn-http-observatory/src/constants.js')
  const grader = await import('@mdn/mdn-http-observatory/src/grader/grader.js')
  const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } =
    await import('@mdn/mdn-http-observatory/src/grader/charts.js')
  const requests = await retrieve('localhost', { httpPort, httpsPort, path: scanPath })
  if (!requests.responses.auto) throw new Error('The Observatory could not reach the server')
  let extra = 100
  let uncurved = 100
  const tests = {}
  for (const test of ALL_TESTS) {
    const result = test(requests)
    const modifier = result.result ? grader.getScoreModifier(result.result) : 0
    extra += modifier
    if (modifier < 0) uncurved += modifier
    tests[result.constructor.name] = {
      result: result.result,
      pass: result.pass,
      scoreModifier: modifier,
    }
  }
  const final = grader.getGradeForScore(
    uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? extra : uncurved,
  )
  console.log(JSON.stringify({ grade: final.grade, score: final.score, tests }))
  process.exit(0)
}

const work = mkdtempSync(path.join(tmpdir(), 'observatory-'))
const key = path.join(work, 'key.pem')
const cert = path.join(work, 'cert.pem')
execFileSync(
  'openssl',
  [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost',
    '-keyout',
    key,
    '-out',
    cert,
  ],
  { stdio: 'ignore' },
)

const next = await startNext(portFrom('OBSERVATORY_PORT', 4872), 'OBSERVATORY_PORT')
const upstream = new URL(next.origin)

/** The TLS terminator: forwards every request to the production server unchanged. */
const tls = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
  const forward = http.request(
    {
      host: upstream.hostname,
      port: upstream.port,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, host: upstream.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  forward.on('error', () => res.writeHead(502).end())
  req.pipe(forward)
})
await new Promise((r) => tls.listen(0, '127.0.0.1', r))
const httpsPort = tls.address().port

/** Plain HTTP, as a deployment answers it: a permanent redirect to HTTPS on the same host. */
const plain = http.createServer((req, res) => {
  res.writeHead(301, { Location: `https://localhost:${httpsPort}${req.url}` }).end()
})
await new Promise((r) => plain.listen(0, '127.0.0.1', r))
const httpPort = plain.address().port

const rows = []
let failed = false
try {
  for (const scanPath of paths) {
    const child = spawn(
      process.execPath,
      [process.argv[1], '--scan', String(httpPort), String(httpsPort), scanPath],
      {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: cert },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    const code = await new Promise((r) => child.on('exit', r))
    if (code !== 0) throw new Error(`scan of ${scanPath} failed`)
    const result = JSON.parse(out)
    const lost = Object.entries(result.tests)
      .filter(([, t]) => t.scoreModifier < 0)
      .map(([name, t]) => `${name}: ${t.result} (${t.scoreModifier})`)
    const ok = result.grade === minimumGrade
    if (!ok) failed = true
    rows.push({ path: scanPath, grade: result.grade, score: result.score, tests: result.tests })
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${scanPath}  grade ${result.grade}  score ${result.score}${lost.length ? `  lost: ${lost.join('; ')}` : ''}`,
    )
  }
} finally {
  tls.close()
  plain.close()
  await next.stop()
  rmSync(work, { recursive: true, force: true })
}

mkdirSync('reports', { recursive: true })
writeFileSync(
  'reports/observatory.json',
  JSON.stringify({ date: new Date().toISOString(), paths: rows }, null, 2) + '\n',
)
console.log('Wrote reports/observatory.json')
if (failed) {
  console.error(`Every scanned page must grade ${minimumGrade}.`)
  process.exit(1)
}
