// Servers the gates start for themselves: the production server (`npm start`,
// `next start`) on a loopback port, always stopped
// again (also on Ctrl-C or a crash). A taken port is an error, never silently reused: another
// engineer's server on that port would otherwise be measured instead of ours.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'

/** Next's command-line entry, run with this Node (what `npx next` runs). */
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

export const host = '127.0.0.1'

/**
 * A server a gate started: where it answers, and how to stop it (and all it spawned).
 * @typedef {{ origin: string, pid: number | undefined, stop: () => Promise<void> }} Server
 */

/**
 * The port from an environment variable, else the default; a bad value is an error.
 * @param {string} variable
 * @param {number} fallback
 */
export function portFrom(variable, fallback) {
  const raw = process.env[variable]
  const port = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`${variable}=${raw} is not a port number from 1024 to 65535.`)
  }
  return port
}

/**
 * Resolves when nothing listens on host:port, rejects with a clear message when something does.
 * @param {number} port
 * @param {string} variable
 * @returns {Promise<void>}
 */
export function assertPortFree(port, variable) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is already taken by another process. ` +
                `Stop it, or choose another port: ${variable}=<port> npm run …`
            : `Cannot listen on ${host}:${port}: ${error.message}`,
        ),
      )
    })
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()))
  })
}

/** The build id of .next, or a clear error when there is no production build. */
export function buildId(dir = '.next') {
  const file = `${dir}/BUILD_ID`
  if (!existsSync(file)) {
    throw new Error(`No production build in ${dir}/. Run \`npx next build\` first.`)
  }
  return readFileSync(file, 'utf8').trim()
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set()
function stopAllSync() {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}
process.once('exit', stopAllSync)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAllSync()
    process.exit(130)
  })
}

/**
 * Starts a command that serves HTTP on host:port, in its own process group, and waits until
 * it answers. Returns { origin, pid, stop() }. The output is kept to explain a failed start.
 * @param {{ command: string, args: string[], port: number, variable: string, name: string,
 *   ready?: (origin: string) => Promise<void>, timeoutMs?: number, env?: Record<string, string>,
 *   cwd?: string }} o
 * @returns {Promise<Server>}
 */
export async function startServer(o) {
  await assertPortFree(o.port, o.variable)
  const origin = `http://${host}:${o.port}`
  const child = spawn(o.command, o.args, {
    detached: true, // its own process group, so stop() also ends anything it spawned
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: o.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...o.env },
  })
  running.add(child)
  let output = ''
  /** @param {Buffer} chunk */
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  /**
   * The exit code or signal, or why the command could not start; null while it runs.
   * @type {number | string | null}
   */
  let exited = null
  /** @type {Promise<void>} */
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = code ?? signal
      running.delete(child)
      resolve()
    })
    // A command that cannot be started (not found, not executable) emits only 'error', and
    // never 'exit': without this an unhandled 'error' event would crash the caller.
    child.once('error', (error) => {
      if (child.pid !== undefined) return
      exited = error.message
      running.delete(child)
      resolve()
    })
  })

  async function stop() {
    const pid = child.pid
    if (exited !== null || pid === undefined) return
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // gone meanwhile
      }
    }, 5000)
    await exit
    clearTimeout(timer)
  }

  const deadline = Date.now() + (o.timeoutMs ?? 60_000)
  for (;;) {
    if (exited !== null) {
      throw new Error(`${o.name} exited (${exited}) before it served ${origin}:\n${output}`)
    }
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) })
      break
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`${o.name} did not answer on ${origin} in time:\n${output}`)
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  try {
    await o.ready?.(origin)
  } catch (error) {
    await stop()
    throw error
  }
  return { origin, pid: child.pid, stop }
}

/**
 * The production server (`next start`, what `npm start` runs) for the build in .next, on
 * host:port. Checks that the server that answers
 * serves this very build: only this build has files under /_next/static/<build id>/ (the
 * guides' HTML no longer names the id, since their client runtime is taken out).
 * @param {number} port
 * @param {string} variable the environment variable that sets the port, named in errors
 * @returns {Promise<Server>}
 */
export async function startNext(port, variable) {
  const id = buildId()
  return startServer({
    name: 'the production server (next start)',
    command: process.execPath,
    args: [nextBin, 'start', '-H', host, '-p', String(port)],
    port,
    variable,
    async ready(origin) {
      const probe = await fetch(`${origin}/_next/static/${id}/_buildManifest.js`)
      await probe.arrayBuffer()
      if (!probe.ok) {
        throw new Error(`The server on ${origin} does not serve the build in .next (id ${id}).`)
      }
    },
  })
}
