import type { Catalog } from '../catalog'

export const career: Catalog['career'] = {}
