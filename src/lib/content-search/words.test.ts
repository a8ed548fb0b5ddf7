import { describe, expect, it } from 'vitest'
import { searchTerms, shardKey, textWords } from './words'

describe('textWords', () => {
  it('folds case and accents and splits at punctuation, keeping "C++" and "C#" whole', () => {
    expect(textWords('Sebastián Ramírez (FastAPI creator)')).toEqual([
      'sebastian',
      'ramirez',
      'fastapi',
      'creator',
    ])
    expect(textWords('Go, Rust, C++ or C#; select_related')).toEqual([
      'go',
      'rust',
      'c++',
      'or',
      'c#',
      'select',
      'related',
    ])
  })
})

describe('searchTerms', () => {
  it('keeps the words of two or more characters, once each', () => {
    expect(searchTerms('  Fluent,  PYTHON! fluent ')).toEqual(['fluent', 'python'])
    expect(searchTerms('C++')).toEqual(['c++'])
    expect(searchTerms('fluent p')).toEqual(['fluent'])
  })

  it('finds no word in punctuation or a single letter', () => {
    for (const junk of ['(?<=a)', '?!— ', '.*', 'a', '+ +']) expect(searchTerms(junk)).toEqual([])
  })
})

describe('shardKey', () => {
  it('names a file by the start of a word, safely for a URL', () => {
    expect(shardKey('python')).toBe('py')
    expect(shardKey('python', 4)).toBe('pyth')
    expect(shardKey('c++')).toBe('c_2b')
    expect(shardKey('c#')).toBe('c_23')
    expect(shardKey('ज्ञान')).toMatch(/^[a-z0-9_]+$/)
  })
})
