// `npm start`: the production server. Next.js serves everything, as `next start` does (the same
// request handler, headers, compression and caching); the only addition is that the refund
// check, the one page rendered per request, reaches the reader without Next's client runtime,
// like every prerendered guide (scripts/lib/runtime-free.mjs).
//
//   node scripts/start.mjs [-H host] [-p port]     (defaults: 127.0.0.1, and PORT or 3000)
//
// The host is not read from HOSTNAME: containers set it to their own name, which would
// quietly expose the server beyond loopback.
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import next from 'next'
import { serveRuntimeFree, wantsRuntimeFree } from './lib/runtime-free.mjs'

const { values } = parseArgs({
  options: {
    hostname: { type: 'string', short: 'H' },
    port: { type: 'string', short: 'p' },
  },
})
const hostname = values.hostname ?? '127.0.0.1'
const rawPort = values.port ?? process.env.PORT ?? '3000'
const port = Number(rawPort)
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`"${rawPort}" is not a port number from 1 to 65535.`)
  process.exit(2)
}

process.env.NODE_ENV = 'production'
const app = next({ dev: false, hostname, port, dir: process.cwd() })
const handle = app.getRequestHandler()
try {
  await app.prepare()
} catch (error) {
  console.error(`Cannot start: ${error.message}\nRun \`npm run build\` first.`)
  process.exit(1)
}

const server = createServer((req, res) => {
  const served = wantsRuntimeFree(req) ? serveRuntimeFree(req, res, handle) : handle(req, res)
  served.catch((error) => {
    console.error(error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.once('error', (error) => {
  console.error(`Cannot serve on ${hostname}:${port}: ${error.message}`)
  process.exit(1)
})
server.listen(port, hostname, () => {
  console.log(`Serving the production build on http://${hostname}:${port}`)
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close()
    app.close?.().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 2000).unref()
  })
}
