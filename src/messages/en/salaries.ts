export const salaries = {}
