export const readingList = {}
