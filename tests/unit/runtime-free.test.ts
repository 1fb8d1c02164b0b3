import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cutPayload, serveRuntimeFree, wantsRuntimeFree } from '@/scripts/lib/runtime-free.mjs'
import { withoutFramework } from '@/scripts/lib/static-pages.mjs'

// What Next renders for the refund check (shortened): markup, our enhancer, and its runtime.
const rendered = [
  '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<script src="/_next/static/chunks/react-dom.js" async=""></script>',
  '<script async="" src="/enhance/refund-form.X1.js"></script></head>',
  '<body><main><form id="refund-form"></form><section id="result">Refund possible until 21 November 2026</section></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
]

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>
let server: Server | undefined

async function serve(handle: Handle): Promise<string> {
  server = createServer((req, res) => void serveRuntimeFree(req, res, handle))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/refunds/check?product=course`
}

afterEach(async () => {
  const open = server
  server = undefined
  if (!open) return
  open.closeAllConnections()
  await new Promise((resolve) => open.close(resolve))
})

/** Writes like Next does: headers first, the page streamed in several chunks. */
const streaming: Handle = async (req, res) => {
  expect(req.headers['accept-encoding']).toBe('identity')
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Vary', 'rsc')
  res.flushHeaders()
  for (const chunk of rendered) {
    await new Promise((r) => setTimeout(r, 1))
    res.write(Buffer.from(chunk))
  }
  res.end()
}

describe('serveRuntimeFree', () => {
  it("sends the page without Next's scripts, with a correct length", async () => {
    const response = await fetch(await serve(streaming), {
      headers: { 'accept-encoding': 'identity' },
    })
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).not.toContain('react-dom.js')
    expect(html).not.toContain('__next_f')
    expect(html).toContain('<script defer="" src="/enhance/refund-form.X1.js"></script>')
    expect(html).toContain('<section id="result">Refund possible until 21 November 2026</section>')
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(html))
    expect(response.headers.get('content-encoding')).toBeNull()
  })

  it('gzips the page itself when the reader accepts gzip, and says it varies on that', async () => {
    const url = await serve(streaming)
    const { request } = await import('node:http')
    const { headers, body } = await new Promise<{
      headers: IncomingMessage['headers']
      body: Buffer
    }>((resolve, reject) => {
      request(url, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
      })
        .on('error', reject)
        .end()
    })
    expect(headers['content-encoding']).toBe('gzip')
    expect(Number(headers['content-length'])).toBe(body.length)
    expect(headers.vary).toBe('rsc, Accept-Encoding')
    const html = gunzipSync(body).toString('utf8')
    expect(html).toContain('Refund possible until 21 November 2026')
    expect(html).not.toContain('react-dom.js')
  })

  it('keeps a status and headers given through writeHead', async () => {
    const url = await serve(async (_req, res) => {
      res.writeHead(404, 'Not Found', { 'Content-Type': 'text/html', 'X-Test': 'kept' })
      res.end(rendered.join(''))
    })
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
    expect(response.status).toBe(404)
    expect(response.headers.get('x-test')).toBe('kept')
    expect(await response.text()).not.toContain('__next_f')
  })

  it('passes a body that is not HTML through unchanged', async () => {
    const url = await serve(async (_req, res) => {
      res.setHeader('Content-Type', 'text/x-component')
      res.end('0:"<script>self.__next_f</script>"')
    })
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
    expect(await response.text()).toBe('0:"<script>self.__next_f</script>"')
  })

  it('sends a page it cannot recognise as it came, and logs why', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const url = await serve(async (_req, res) => {
      res.setHeader('Content-Type', 'text/html')
      res.end('<!DOCTYPE html><p>No framework here</p>')
    })
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
    expect(await response.text()).toBe('<!DOCTYPE html><p>No framework here</p>')
    expect(log).toHaveBeenCalledOnce()
    log.mockRestore()
  })
})

describe('wantsRuntimeFree', () => {
  const req = (method: string, url: string, headers: Record<string, string> = {}) =>
    ({ method, url, headers }) as unknown as IncomingMessage
  it('takes GETs of the refund check, with or without a query', () => {
    expect(wantsRuntimeFree(req('GET', '/refunds/check'))).toBe(true)
    expect(wantsRuntimeFree(req('GET', '/refunds/check?product=course&paid=2026-11-01'))).toBe(true)
  })
  it('leaves HEAD, React Server Components fetches and every other address to Next', () => {
    expect(wantsRuntimeFree(req('HEAD', '/refunds/check'))).toBe(false)
    expect(wantsRuntimeFree(req('GET', '/refunds/check', { rsc: '1' }))).toBe(false)
    expect(wantsRuntimeFree(req('GET', '/refunds/check/calendar?x=1'))).toBe(false)
    expect(wantsRuntimeFree(req('GET', '/refunds'))).toBe(false)
  })
})

describe('cutPayload', () => {
  const page = rendered.join('')
  it('cuts the payload scripts by position, and the page comes out as a full parse makes it', () => {
    const cut = cutPayload(page)
    expect(cut).not.toContain('__next_f')
    expect(withoutFramework(cut).html).toBe(withoutFramework(page).html)
  })
  it('ends a payload script where the browser does, at the first </script', () => {
    const html =
      '<body><p>kept</p><script nonce="abc">self.__next_f.push([1,"\\u003c/script>"])</SCRIPT ><p>also kept</p></body>'
    expect(cutPayload(html)).toBe('<body><p>kept</p><p>also kept</p></body>')
  })
  it('leaves every other script and a page without a payload as they are', () => {
    const html =
      '<script type="application/ld+json">{"a":"self.__next_f"}</script><script>var x=1</script>'
    expect(cutPayload(html)).toBe(html)
  })
})
