// A plain static server for the benchmark's baseline: sirv over a folder on 127.0.0.1, in its
// own process (like `next start`), so it never shares a thread with the load generator.
// Usage: node scripts/static-server.mjs PORT DIR
// sirv reads the folder's file list once at start and streams each file on request; `/x`
// serves `x.html`, as `next start` serves a prerendered page.
import http from 'node:http'
import sirv from 'sirv'

const [port, dir] = process.argv.slice(2)
if (!port || !dir) {
  console.error('usage: node scripts/static-server.mjs PORT DIR')
  process.exit(2)
}
const serve = sirv(dir, { extensions: ['html'], etag: true, dev: false })
http
  .createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404
      res.end('Not found\n')
    }),
  )
  .listen(Number(port), '127.0.0.1', () => console.log(`static ${dir} on 127.0.0.1:${port}`))
