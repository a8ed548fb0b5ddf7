// The static host's rules, as the build writes a site and every server of it (preview, e2e, benchmarks) serves it:
// which file answers an address and back, what a missing page or file gets, and the hosts' headers file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addressFor, headersFile, htmlFileFor, isPagePath, serveStatic } from '../../scripts/static-host.mjs'

describe('the path rule', () => {
  it('maps each page address to the file the build writes, and back', () => {
    const pages = {
      '/': 'index.html',
      '/reading-list': 'reading-list/index.html',
      '/careers/python-developer/day': 'careers/python-developer/day/index.html',
    }
    for (const [address, file] of Object.entries(pages)) {
      expect(htmlFileFor(address)).toBe(file)
      expect(addressFor(file)).toBe(address)
    }
    expect(htmlFileFor('/reading-list/')).toBe('reading-list/index.html')
    expect(addressFor('404.html')).toBe('/404.html')
    expect(addressFor('assets/index-abc.js')).toBe('/assets/index-abc.js')
  })

  it('tells pages from files', () => {
    expect(isPagePath('/careers/python-developer')).toBe(true)
    expect(isPagePath('/404.html')).toBe(true)
    expect(isPagePath('/robots.txt')).toBe(false)
    expect(isPagePath('/assets/index-abc.js')).toBe(false)
  })
})

describe('serveStatic', () => {
  const files: Record<string, string> = {
    'index.html': '<h1>Catalog</h1>',
    'reading-list/index.html': '<h1>Reading list</h1>',
    '404.html': '<h1>Not found</h1>',
    'assets/app.js': 'console.log(1)',
    'manifest.webmanifest': '{}',
  }
  let folder: string
  let outside: string
  const servers: Server[] = []
  const start = async (options?: Parameters<typeof serveStatic>[1]) => {
    const server = createServer(serveStatic(folder, options))
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  }

  beforeAll(() => {
    const parent = mkdtempSync(join(tmpdir(), 'static-host-'))
    folder = join(parent, 'dist')
    outside = parent
    for (const [file, body] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, file)), { recursive: true })
      writeFileSync(join(folder, file), body)
    }
    writeFileSync(join(parent, 'secret.txt'), 'not for the web')
  })
  afterAll(() => {
    for (const server of servers) server.close()
    rmSync(outside, { recursive: true, force: true })
  })

  it('answers a page address with its file, and any other address with 404.html and status 404', async () => {
    const origin = await start()
    for (const [address, body] of [
      ['/', '<h1>Catalog</h1>'],
      ['/reading-list', '<h1>Reading list</h1>'],
      ['/reading-list/?from=share', '<h1>Reading list</h1>'],
    ]) {
      const response = await fetch(origin + address)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await response.text()).toBe(body)
    }
    const missing = await fetch(`${origin}/careers/nobody`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe('<h1>Not found</h1>')
  })

  it('serves files with their type, and a missing file or one outside the folder as a bare 404', async () => {
    const origin = await start()
    const script = await fetch(`${origin}/assets/app.js`)
    expect(script.headers.get('content-type')).toBe('text/javascript')
    expect(await script.text()).toBe('console.log(1)')
    expect((await fetch(`${origin}/manifest.webmanifest`)).headers.get('content-type')).toBe(
      'application/manifest+json',
    )
    for (const address of ['/assets/gone.js', '/..%2Fsecret.txt']) {
      const response = await fetch(origin + address)
      expect(response.status).toBe(404)
      expect(await response.text()).toBe('')
    }
  })

  it('compresses what it sends when asked, as hosts do', async () => {
    const sent: number[] = []
    const origin = await start({ gzip: true, onSend: ({ bytes }) => sent.push(bytes) })
    const response = await fetch(`${origin}/reading-list`)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(await response.text()).toBe('<h1>Reading list</h1>')
    expect(sent).toEqual([Number(response.headers.get('content-length'))])
  })
})

describe('headersFile', () => {
  const text = headersFile([
    { file: 'index.html', policy: "default-src 'self'" },
    { file: 'careers/python-developer/index.html', policy: "default-src 'self'; img-src 'self'" },
    { file: '404.html', policy: "default-src 'none'" },
  ])
  const blocks = text.trimEnd().split(/\n(?=\S)/)

  it('opens with a block for every address: no framing, no sniffing, a strict referrer', () => {
    expect(blocks[0]).toBe(
      "/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin",
    )
  })

  it('gives each page, at its address, its own policy with frame-ancestors', () => {
    expect(blocks).toContain("/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'")
    expect(blocks).toContain(
      "/careers/python-developer\n  Content-Security-Policy: default-src 'self'; img-src 'self'; frame-ancestors 'none'",
    )
    expect(blocks).toContain(
      "/404.html\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    )
    expect(blocks).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable')
  })
})
