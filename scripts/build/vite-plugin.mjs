// `vite build` builds the whole site in one call (Vite's app builder): the client (dist/, index.html as its entry),
// the server build of the same app (dist-ssr/, src/app/entry-server.tsx), then the Node steps (./index.mjs). A
// variant only names its folder: `vite build --outDir dist-dev` builds dist-dev/ and dist-dev-ssr/.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { prerender, templateFile } from './index.mjs'

export const SERVER_ENTRY = 'src/app/entry-server.tsx'

export function staticSite() {
  return {
    name: 'static-site',
    apply: 'build',
    config: () => ({
      environments: { ssr: {} },
      builder: {
        async buildApp(builder) {
          const { client, ssr } = builder.environments
          await builder.build(client)
          const dist = resolve(client.config.root, client.config.build.outDir)
          // Vite's index.html, read before the first page overwrites it; kept beside the server build for later runs.
          const template = readFileSync(resolve(dist, 'index.html'), 'utf8')
          await builder.build(ssr)
          writeFileSync(templateFile(dist), template)
          await prerender(dist, template)
        },
      },
    }),
    configEnvironment(name, options) {
      if (name !== 'ssr') return undefined
      // The server build reads the content modules directly (registry.ts, through `import.meta.env.SSR`).
      return { build: { ssr: SERVER_ENTRY, outDir: `${options.build?.outDir ?? 'dist'}-ssr` } }
    },
  }
}
