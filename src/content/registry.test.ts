import { describe, expect, it } from 'vitest'
import { careerRegistry } from './registry'
import { careerSchema } from './schema'

describe('careerRegistry', () => {
  it('lists every career, each valid against the schema', () => {
    const careers = careerRegistry.list()
    expect(careers.map((c) => c.id)).toEqual(['python-developer'])
    for (const career of careers) expect(careerSchema.safeParse(career).success).toBe(true)
  })

  it('finds a career by id', () => {
    expect(careerRegistry.byId('python-developer')?.title).toBe('Python Developer')
  })

  it.each(['astronaut', '', '__proto__', 'constructor', 'toString', 'PYTHON-DEVELOPER', '<img src=x>'])(
    'finds nothing for %j',
    (id) => {
      expect(careerRegistry.byId(id)).toBeUndefined()
    },
  )

  it('career ids are unique', () => {
    const ids = careerRegistry.list().map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
