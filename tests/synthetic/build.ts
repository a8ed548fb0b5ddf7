// What scripts/synthetic-careers-plugin.mjs asks for: N synthetic careers made from the first real career (the build
// makes their catalog entries as it does the real ones').
import { pythonDeveloper } from '@/content/careers/python-developer'
import { syntheticCareers } from './careers'

export function makeSynthetic(count: number) {
  return { careers: syntheticCareers(pythonDeveloper, count) }
}
