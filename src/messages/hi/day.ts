import type { Catalog } from '../catalog'

export const day: Catalog['day'] = {}
