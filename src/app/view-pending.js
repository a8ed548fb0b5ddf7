// Runs inline in <head>, before the first paint. A prerendered page holds its plain view; a link with view parameters
// (?topics=testing, ?step=7, ?unit=inhand) is applied only once the app has started. Until then the page is marked
// <html data-view-pending>, so each page's results ([data-view-result]) are hidden behind a line that says the link's
// view is being applied, rather than the plain view passing for the shared one. The app removes the mark once the
// view is shown (src/app/hydration-handoff.ts); if its code cannot load, the mark goes and the plain view shows,
// with a line saying so.
;(function () {
  try {
    var params = new URLSearchParams(window.location.search)
    var pending = false
    params.forEach(function (_, key) {
      // Tracking parameters change nothing on the page.
      if (!/^utm_/.test(key) && key !== 'fbclid' && key !== 'gclid') pending = true
    })
    if (!pending) return
    var root = document.documentElement
    root.setAttribute('data-view-pending', '')
    var giveUp = function () {
      if (!root.hasAttribute('data-view-pending')) return
      root.removeAttribute('data-view-pending')
      root.setAttribute('data-view-failed', '')
    }
    // A script of the app's that cannot be downloaded (offline, blocked) means the view will not be applied.
    window.addEventListener(
      'error',
      function (event) {
        var target = event.target
        if (target && target.tagName === 'SCRIPT') giveUp()
      },
      true,
    )
    window.setTimeout(giveUp, 30000)
  } catch {
    // An old browser without URLSearchParams: the plain view shows, as it would without this script.
  }
})()
