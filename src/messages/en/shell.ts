// The frame of every page: header, navigation, footer, status lines, the not-found and error views, page head tags.
export const shell = {
  siteName: 'Career Explorer',
  /** A page's <title>: its own title, then the site's name. */
  pageTitle: '{title} · {site}',
  shareImageAlt: 'Career Explorer: tech careers in India, pay by city',
  /** Open Graph's locale of the page. */
  ogLocale: 'en_IN',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  navCareers: 'Careers',
  themeLabel: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  /** The language switch's accessible description, in the language it leads to. */
  switchLanguageHint: 'Read this page in English',
  footer:
    'Career content comes from {source} career pages, in their words. Step titles, phases, kinds and topic tags are ours; per-month pay is the source’s yearly figure divided by 12, and in-hand pay is our estimate from the tax year 2026-27 rules, not advice. Salary figures are ranges, not offers.',
  printStamp: 'Printed from {address} on {date}.',
  noJavaScriptPage:
    'JavaScript is off in this browser: every page reads and every link works, but search, filters, saving, the salary chart and the theme picker need it.',
  offlineReady:
    'You are offline. Pages you have opened and the careers on your reading list still work, and what you save is kept.',
  offlineNotReady: 'You are offline. Pages you have not opened yet may not load until you are back online.',
  updateReady: 'A new version is ready.',
  reload: 'Reload',
  viewPending: 'Applying the view in your link…',
  viewFailed: 'The view in your link could not be applied: the page’s code did not load. Showing everything.',
  errorTitle: 'Something went wrong',
  errorDescription: 'This page could not be shown.',
  errorOffline:
    'You are offline, and this page is not kept on this device: it needs the network. Try again once online.',
  errorOnline: 'This page could not be shown. Try again, or go back to the list of careers.',
  tryAgain: 'Try again',
  browseAllCareers: 'Browse all careers',
  technicalDetails: 'Technical details',
  notFoundTitle: 'Page not found',
  notFoundDescription: 'There is nothing at this address.',
  notFoundText: 'There is nothing at this address. It may have moved, or the link may be mistyped.',
  careerNotFoundTitle: 'Career not found',
  careerNotFoundText:
    'We have no career called {career}. It may have been renamed, or the link may be mistyped.',
  unknownCareer: 'unknown',
  /** The web app manifest's description (public/manifest.webmanifest, and the language's own manifest). */
  manifestDescription:
    'Explore tech careers in India: what the work is, what it pays city by city, what a day looks like, and what to read next.',
}
