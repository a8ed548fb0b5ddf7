export const career = {}
