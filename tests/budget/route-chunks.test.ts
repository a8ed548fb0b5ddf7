// Each page inlines its route's CSS and preloads its code: the build finds a route's chunk in Vite's manifest by the
// route's file, and stops, naming the route, when a lazily loaded route has none.
import { describe, expect, it } from 'vitest'
import { routeChunks, type ManifestChunk } from '../../scripts/build/inline-assets.mjs'

const manifest: Record<string, ManifestChunk> = {
  'index.html': { file: 'assets/index-a.js', src: 'index.html', isEntry: true, css: ['assets/index-a.css'] },
  'src/routes/careers.$careerId.day.tsx?tsr-split=component': {
    file: 'assets/careers._careerId.day-b.js',
    src: 'src/routes/careers.$careerId.day.tsx?tsr-split=component',
    isDynamicEntry: true,
    css: ['assets/careers._careerId-c.css'],
  },
  'src/routes/careers.$careerId.tsx?tsr-split=notFoundComponent': {
    file: 'assets/careers._careerId-d.js',
    src: 'src/routes/careers.$careerId.tsx?tsr-split=notFoundComponent',
    isDynamicEntry: true,
  },
}

const day = {
  id: '/careers/$careerId/day',
  file: 'src/routes/careers.$careerId.day.tsx',
  lazyComponent: true,
}
const layout = { id: '/careers/$careerId', file: 'src/routes/careers.$careerId.tsx', lazyComponent: false }
const root = { id: '__root__', file: 'src/routes/__root.tsx', lazyComponent: false }

describe('routeChunks', () => {
  it("finds a lazily loaded route's component chunk by its file", () => {
    expect(routeChunks(manifest, [root, layout, day])).toEqual(
      new Map([['/careers/$careerId/day', 'src/routes/careers.$careerId.day.tsx?tsr-split=component']]),
    )
  })

  it('fails the build, naming the route, when its file has no component chunk (a route moved into a folder)', () => {
    const moved = { ...day, file: 'src/routes/careers/$careerId/day.tsx' }
    expect(() => routeChunks(manifest, [root, moved])).toThrow(
      /Route \/careers\/\$careerId\/day \(src\/routes\/careers\/\$careerId\/day\.tsx\) .* no chunk/,
    )
  })

  it("does not take another split (the layout's not-found view) for a route's component", () => {
    expect(() => routeChunks(manifest, [{ ...layout, lazyComponent: true }])).toThrow(
      /Route \/careers\/\$careerId \(src\/routes\/careers\.\$careerId\.tsx\)/,
    )
  })
})
