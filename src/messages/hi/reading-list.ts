import type { Catalog } from '../catalog'

export const readingList: Catalog['readingList'] = {}
