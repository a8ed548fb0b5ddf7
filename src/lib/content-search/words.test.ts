import { describe, expect, it } from 'vitest'
import { otherNumber, searchTerms, shardKey, textWords } from './words'

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

describe('otherNumber', () => {
  it('gives the plural of a singular and the singular of a plural', () => {
    expect(otherNumber('salary')).toEqual(['salaries'])
    expect(otherNumber('salaries')).toEqual(['salary'])
    expect(otherNumber('developer')).toEqual(['developers'])
    expect(otherNumber('developers')).toEqual(['developer'])
    expect(otherNumber('class')).toEqual(['classes'])
    expect(otherNumber('services')).toContain('service')
    expect(otherNumber('day')).toEqual(['days'])
  })

  it('leaves short words, numbers and symbols alone', () => {
    for (const word of ['go', 'in', 'c++', 'c#', '2026', 'py3']) expect(otherNumber(word)).toEqual([])
  })
})
