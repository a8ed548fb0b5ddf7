// Messages whose Hindi leaves out a glossary term its English has, each with the reason (a natural sentence needs
// another word there, or the term is implied). Keyed "area.key.path" as in the catalogs. One section per area.
export const GLOSSARY_EXCEPTIONS: Record<string, string> = {
  // shell
  'shell.siteName': "The site's name, a name like Python or Django, stays as it is.",

  // search

  // catalog

  // career

  // day

  // salaries
  'salaries.working.ptRules.Maharashtra': '"pay" is the verb here ("women pay nil"), not the salary.',

  // readingList
}
