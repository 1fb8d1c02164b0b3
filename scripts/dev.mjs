// `npm run dev`: `next dev`, with the page enhancers (components/enhance/) rebuilt as they
// change, so an edit to a widget's script shows on the next page load.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { watchEnhancers } from './build-enhance.mjs'

const stop = await watchEnhancers()
const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const child = spawn(process.execPath, [next, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', async (code, signal) => {
  await stop()
  process.exit(code ?? (signal ? 1 : 0))
})
