// Money: Indian grouping, and lakh written out in Hindi. A no-break space keeps the unit with its number.
export const money = {
  lakh: '₹{amount} L',
  lakhRange: '₹{min}–{max} L',
  lakhWords: '{amount} lakh rupees',
  lakhRangeWords: '{min} to {max} lakh rupees',
}
