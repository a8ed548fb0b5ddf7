// Runs npm scripts side by side and fails if any fails: `node tests/support/run-parallel.mjs lint typecheck`.
// Each script's output is printed whole when it ends (not interleaved), with how long it took. On a 2-core machine
// two single-threaded checks (ESLint, tsc) finish in the time of the longer one.
import { spawn } from 'node:child_process'

const scripts = process.argv.slice(2)
if (scripts.length === 0) {
  console.error('Usage: node tests/support/run-parallel.mjs <npm script> [<npm script> …]')
  process.exit(2)
}

const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise((resolve) => {
        const started = Date.now()
        const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] })
        const output = []
        child.stdout.on('data', (chunk) => output.push(chunk))
        child.stderr.on('data', (chunk) => output.push(chunk))
        child.on('close', (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1)
          process.stdout.write(
            `\n> ${script} (${seconds} s, ${code === 0 ? 'ok' : `failed with exit code ${code}`})\n`,
          )
          process.stdout.write(Buffer.concat(output))
          resolve(code)
        })
      }),
  ),
)
process.exit(results.every((code) => code === 0) ? 0 : 1)
