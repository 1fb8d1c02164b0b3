// The refund check without Next's client runtime. The guides lose the runtime at build time
// (scripts/static-pages.mjs); the refund check is rendered per request, so the production
// server (scripts/start.mjs) takes the same scripts out of each of its HTML responses, with the
// same function. Next.js has no per-route switch for this in the App Router.
//
// The response is held until Next has finished it (about 55 kB of HTML before, 17 kB after),
// then sent once, gzipped here when the reader accepts it: Next's own compression is skipped
// for it by asking Next for an uncompressed body.
import { gzip as compress } from 'node:zlib'
import { withoutFramework } from './static-pages.mjs'

/** Pages rendered on request that are served without the client runtime. */
export const runtimeFreePaths = new Set(['/refunds/check'])

/** True for a reader's GET of such a page (not a HEAD, not a React Server Components fetch). */
export function wantsRuntimeFree(req) {
  if (req.method !== 'GET' || req.headers.rsc !== undefined) return false
  const path = (req.url ?? '/').split('?')[0]
  return runtimeFreePaths.has(path)
}

/**
 * Next's React Server Components payload: inline scripts `<script>self.__next_f.push(…)</script>`
 * at the end of the body, most of the page's bytes. They are cut by position before the full
 * parse, which then reads a third of the text (about 2 ms instead of 8 per page). Next escapes
 * `<` inside them, so, as for the browser, the first `</script` ends each one. Whatever this
 * misses, the parse in withoutFramework still finds, and it fails on any payload left over.
 */
const payloadScript = /<script(?:\s+nonce="[^"<>]*")?>\(?self\.__next_f\b/g
const scriptEnd = /<\/script[\s/>]/gi

export function cutPayload(html) {
  let out = ''
  let at = 0
  for (const match of html.matchAll(payloadScript)) {
    if (match.index < at) continue
    scriptEnd.lastIndex = match.index
    const end = scriptEnd.exec(html)
    const close = end ? html.indexOf('>', end.index) : -1
    if (close < 0) break
    out += html.slice(at, match.index)
    at = close + 1
  }
  return out + html.slice(at)
}

function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
  return Buffer.from(String(chunk), typeof encoding === 'string' ? encoding : 'utf8')
}

function applyHeaders(res, headers) {
  if (!headers) return
  if (Array.isArray(headers)) {
    const pairs = Array.isArray(headers[0])
      ? headers
      : headers.flatMap((v, i) => (i % 2 === 0 ? [[v, headers[i + 1]]] : []))
    for (const [key, value] of pairs) res.appendHeader(key, value)
  } else {
    for (const [key, value] of Object.entries(headers)) res.setHeader(key, value)
  }
}

/**
 * Lets `handle` (Next's request handler) render the page into a buffer, then sends the page
 * without the framework's scripts. Should the page ever not look like Next's output, it is
 * sent as it came and the error is logged: the page still reads, with or without scripts.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>} handle
 */
export function serveRuntimeFree(req, res, handle) {
  const gzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))
  req.headers['accept-encoding'] = 'identity'
  const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write }
  const end = res.end.bind(res)
  const chunks = []
  let finished = false

  res.writeHead = (status, reason, headers) => {
    res.statusCode = status
    if (typeof reason === 'string') res.statusMessage = reason
    applyHeaders(res, typeof reason === 'string' ? headers : reason)
    return res
  }
  res.flushHeaders = () => {}
  res.write = (chunk, encoding, callback) => {
    if (chunk != null && chunk !== '') chunks.push(toBuffer(chunk, encoding))
    const cb = typeof encoding === 'function' ? encoding : callback
    if (cb) process.nextTick(cb)
    return true
  }
  res.end = (chunk, encoding, callback) => {
    if (finished) return res
    finished = true
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
    if (chunk != null && chunk !== '') chunks.push(toBuffer(chunk, encoding))
    let body = Buffer.concat(chunks)
    if (/^text\/html\b/i.test(String(res.getHeader('content-type') ?? '')) && body.length > 0) {
      try {
        body = Buffer.from(withoutFramework(cutPayload(body.toString('utf8'))).html, 'utf8')
      } catch (error) {
        console.error(`${req.url}: sent with Next's runtime, it could not be taken out:`, error)
      }
    }
    res.removeHeader('transfer-encoding')
    const vary = String(res.getHeader('vary') ?? '')
    if (!/\baccept-encoding\b/i.test(vary)) {
      res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    }
    const send = (payload) => {
      res.setHeader('content-length', payload.length)
      // Node's own end() writes the head through writeHead: give the real methods back first.
      Object.assign(res, original)
      end(payload, callback)
    }
    if (!gzip || body.length === 0) {
      send(body)
      return res
    }
    // Off the main thread (libuv's pool), so other requests go on while this page compresses.
    compress(body, (error, zipped) => {
      if (error) {
        console.error(`${req.url}: sent uncompressed, gzip failed:`, error)
        return send(body)
      }
      res.setHeader('content-encoding', 'gzip')
      send(zipped)
    })
    return res
  }
  return handle(req, res)
}
