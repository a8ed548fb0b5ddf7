// Runs inline in <head>, first: a reader who chose another language with the header's switch gets it again the next
// time they open the site's home ("/"), before anything paints. Only the home: a link to a page in a language is
// followed as it is. It mirrors src/lib/i18n/language-choice.ts (language-choice.test.ts checks that they agree).
;(function () {
  try {
    var path = window.location.pathname
    if (path !== '/' && path !== '/index.html') return
    var languages = ['hi']
    var choice = window.localStorage.getItem('career-explorer:language')
    if (languages.indexOf(choice) !== -1)
      window.location.replace('/' + choice + '/' + window.location.search + window.location.hash)
  } catch {
    // Storage refused: the home stays in English.
  }
})()
