// Starts the production server (`next start`) on a loopback port for a script, and stops
// it by its process id. One process: node runs Next's CLI directly, no npx wrapper.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1')
  })
}

export async function startServer(port) {
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is taken. Stop what holds it, or choose another port.`,
    )
  }
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  )
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`next start exited with code ${child.exitCode}. Did you run npm run build?`)
    try {
      const response = await fetch(origin + '/')
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM')
      throw new Error(`next start did not answer on ${origin} within 60 s`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
