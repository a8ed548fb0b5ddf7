// The install manifest and the icons it names, as browsers read them (public/ is served at the site's root).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Tests run from the project's root.
const publicFile = (path: string) => join(process.cwd(), 'public', path)

interface ManifestIcon {
  src: string
  sizes: string
  type: string
  purpose: string
}

const manifest = JSON.parse(readFileSync(publicFile('/manifest.webmanifest'), 'utf8')) as {
  name: string
  short_name: string
  start_url: string
  display: string
  theme_color: string
  background_color: string
  icons: ManifestIcon[]
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(publicFile(path))
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('web app manifest', () => {
  it('names the app, starts at the catalog and opens standalone in the app’s colours', () => {
    expect(manifest.name).toBe('Career Explorer')
    expect(manifest.short_name.length).toBeLessThanOrEqual(12)
    expect(manifest.start_url).toBe('/')
    expect(manifest.display).toBe('standalone')
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('has 192 and 512 px icons and a maskable one, each a PNG of the size it claims', () => {
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png')
    const sizes = pngs.map((icon) => icon.sizes)
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
    expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true)
    for (const icon of pngs) {
      const [width, height] = icon.sizes.split('x').map(Number)
      expect(pngSize(icon.src), icon.src).toEqual({ width, height })
    }
    expect(pngSize('/icons/apple-touch-icon.png')).toEqual({ width: 180, height: 180 })
  })
})
