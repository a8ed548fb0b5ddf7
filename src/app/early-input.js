// Runs inline in <head>, before the first paint. The page can be read and tapped long before its code has started
// (seconds, on a slow phone). A tap in that time would otherwise be lost, or worse, tick a radio button or checkbox
// that the app then does not know about. So until the app has started (src/app/hydration-handoff.ts dispatches
// "app:ready" on the document), taps on the app's buttons, options, radio buttons and checkboxes are held — the
// control does not change — and replayed, in order, once the page works; a choice made in a select is announced to
// the app again then. Links work as links throughout. Without JavaScript this never runs, and nothing is held.
;(function () {
  try {
    var root = document.documentElement
    // Scripts run here: styles can tell a page that will come to life from one that never will (no JavaScript).
    root.setAttribute('data-js', '')
    root.setAttribute('data-booting', '')
    var held = []
    var control = function (target) {
      var element =
        target && target.closest
          ? target.closest('button, [role="option"], [role="tab"], input, label')
          : null
      if (!element || !element.closest('#root')) return null
      if (element.tagName === 'LABEL') element = element.control
      if (!element) return null
      if (element.tagName === 'INPUT' && element.type !== 'radio' && element.type !== 'checkbox') return null
      return element
    }
    var onClick = function (event) {
      var element = control(event.target)
      if (!element) return
      event.preventDefault()
      event.stopPropagation()
      held.push({ element: element, kind: 'click' })
      element.setAttribute('data-held', '')
    }
    var onChange = function (event) {
      var element = event.target
      if (element && element.tagName === 'SELECT' && element.closest('#root'))
        held.push({ element: element, kind: 'change' })
    }
    document.addEventListener('click', onClick, true)
    document.addEventListener('change', onChange, true)
    document.addEventListener(
      'app:ready',
      function () {
        document.removeEventListener('click', onClick, true)
        document.removeEventListener('change', onChange, true)
        root.removeAttribute('data-booting')
        var queue = held
        held = []
        for (var i = 0; i < queue.length; i++) {
          var entry = queue[i]
          entry.element.removeAttribute('data-held')
          if (!entry.element.isConnected) continue
          if (entry.kind === 'click') entry.element.click()
          else entry.element.dispatchEvent(new Event('change', { bubbles: true }))
        }
      },
      { once: true },
    )
  } catch {
    // A browser without these features: taps before the app starts are simply not held.
  }
})()
