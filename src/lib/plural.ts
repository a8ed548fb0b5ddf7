/** A count with its noun: "1 saved item", "3 saved items", "1,200 careers" (digits grouped as India writes them). */
export const plural = (n: number, noun: string) => `${n.toLocaleString('en-IN')} ${noun}${n === 1 ? '' : 's'}`
