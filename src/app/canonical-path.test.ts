import { describe, expect, it } from 'vitest'
import { canonicalPath } from './canonical-path'

describe('canonicalPath', () => {
  it.each([
    ['/', '/'],
    ['/index.html', '/'],
    ['/INDEX.HTML', '/'],
    ['//', '/'],
    ['/reading-list', '/reading-list'],
    ['/READING-LIST', '/reading-list'],
    ['/reading-list/', '/reading-list'],
    ['/careers/PYTHON-DEVELOPER', '/careers/python-developer'],
    ['/careers/python-developer/salaries/', '/careers/python-developer/salaries'],
    ['/careers/python-developer/index.html', '/careers/python-developer'],
    // A language's home keeps its slash; its pages are spelled as in English.
    ['/hi', '/hi/'],
    ['/HI/', '/hi/'],
    ['/hi/index.html', '/hi/'],
    ['/hi/careers/python-developer/', '/hi/careers/python-developer'],
    ['/history', '/history'],
    // Not routes: tidied, still not found by the router.
    ['/careers/python-developer/salaries/anything', '/careers/python-developer/salaries/anything'],
  ])('%s → %s', (given, expected) => {
    expect(canonicalPath(given)).toBe(expected)
  })
})
