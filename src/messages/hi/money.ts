import type { Catalog } from '../catalog'

export const money: Catalog['money'] = {
  lakh: '₹{amount} लाख',
  lakhRange: '₹{min}–{max} लाख',
  lakhWords: '{amount} लाख रुपये',
  lakhRangeWords: '{min} से {max} लाख रुपये',
}
