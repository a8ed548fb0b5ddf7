import type { Catalog } from '../catalog'

export const salaries: Catalog['salaries'] = {}
