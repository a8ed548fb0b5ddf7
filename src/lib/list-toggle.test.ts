import { describe, expect, it } from 'vitest'
import { STEP_KINDS } from '@/content/vocabulary'
import { toggleInList } from './list-toggle'

describe('toggleInList', () => {
  it('adds and removes, keeping the vocabulary order', () => {
    expect(toggleInList([], 'review', STEP_KINDS)).toEqual(['review'])
    expect(toggleInList(undefined, 'review', STEP_KINDS)).toEqual(['review'])
    expect(toggleInList(['review'], 'meeting', STEP_KINDS)).toEqual(['meeting', 'review'])
    expect(toggleInList(['meeting', 'review'], 'meeting', STEP_KINDS)).toEqual(['review'])
    expect(toggleInList(['review'], 'review', STEP_KINDS)).toEqual([])
  })
})
