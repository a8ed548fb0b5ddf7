import { forms } from '../catalog'

export const readingList = {
  nav: {
    link: 'Reading list',
    count: 'Reading list, {count} saved',
    countTabOnly: 'Reading list, {count} saved in this tab only',
    tabOnly: 'this tab only',
  },
  toggle: {
    save: 'Save',
    savedTabOnly: 'Saved in this tab only: {why}. It will be lost when you close or reload this tab.',
    removedTabOnly: 'Removed in this tab only: {why}. It will be lost when you close or reload this tab.',
    announce: '{title}: {message}',
    why: {
      unavailable: 'this browser is not letting Career Explorer store data',
      full: 'this browser’s storage is full',
      held: 'saving is paused (see the notice at the top of the page)',
      newer: 'a newer version of the app has your list: reload to go on',
    },
  },
  notice: {
    unreadable: 'Your saved reading list could not be read in full: {why}.',
    why: {
      notJson: 'it is not in a form the app can read',
      invalidEntries: 'some entries in it were damaged',
    },
    copyKept: 'A copy of the original data is kept in this browser.',
    originalLeft: 'The original data is left as it was.',
    copyUnderBackups: 'The copy stays under Backups on the reading-list page until you delete it.',
    cameBack: forms({
      one: 'Since then, your list came back from another open tab or page, which still had it: one item is back.',
      other:
        'Since then, your list came back from another open tab or page, which still had it: {count} items are back.',
    }),
    noneRecoveredTabHad: forms({
      one: 'Nothing in it could be recovered, but this tab still had your list, so nothing is lost: it keeps its one item.',
      other:
        'Nothing in it could be recovered, but this tab still had your list, so nothing is lost: it keeps its {count} items.',
    }),
    someRecoveredTabHad: forms({
      one: 'One item in it could be recovered, and this tab still had {held} more, so nothing is lost: your list keeps all {total}.',
      other:
        '{count} items in it could be recovered, and this tab still had {held} more, so nothing is lost: your list keeps all {total}.',
    }),
    noneRecoveredStarts: 'Nothing in it could be recovered, so your list starts empty.',
    noneRecoveredStarted: 'Nothing in it could be recovered, so your list started empty.',
    recoveredStarts: forms({
      one: 'Your list starts with the one item that could be recovered.',
      other: 'Your list starts with the {count} items that could be recovered.',
    }),
    recoveredStarted: forms({
      one: 'Your list started with the one item that could be recovered.',
      other: 'Your list started with the {count} items that could be recovered.',
    }),
    download: 'Download the original data',
    dismiss: 'Dismiss',
    resume: 'Resume saving',
    off: {
      unavailable:
        'Saving is off: this browser is not letting Career Explorer store data (private browsing can do this). Your reading list works until you close this tab; export it from the reading list to keep a copy.',
      full: 'Your browser’s storage is full, so your latest reading-list changes are kept in this tab only. Career Explorer tries again at your next change.',
      newer:
        'Your list was changed by a newer version of the app — reload to go on. Until then, changes in this tab are not saved, so that nothing the newer version stored is overwritten.',
      held: 'Saving is paused so that nothing overwrites the unreadable data before you have a copy of it. Download it first: resuming replaces it with your list as it is now.',
    },
  },
  kinds: {
    resource: 'Resource',
    community: 'Community',
  },
  statuses: {
    saved: 'Saved',
    reading: 'Reading',
    done: 'Done',
  },
  pageTitle: 'Reading list',
  description:
    'The resources and communities you saved while exploring careers, with your progress and notes. Kept in your browser.',
  heading: 'Reading list',
  lede: 'The resources and communities you saved, with where you are on each and your notes. Kept in this browser; nothing needs an account.',
  loadFailed:
    'Some saved items come from careers this browser could not load just now (you may be offline). They are still on your list, shown with the title you saved.',
  emptyHeading: 'Nothing saved yet',
  emptyHow:
    'Press {save} on any resource or community on a career page, and it is kept here, with a status and a note, until you remove it.',
  emptyWhere: '{browse} and open a career’s “What to read, watch and follow” section.',
  browse: 'Browse the careers',
  savedHeading: 'Saved items',
  savedItems: forms({ one: '{count} saved item', other: '{count} saved items' }),
  showingAll: 'Showing all {items}.',
  showingSome: 'Showing {count} of {items}.',
  noMatch: 'No saved items match these filters.',
  showAll: 'Show every saved item',
  removed: 'Removed “{title}”.',
  progress: '{done} of {total} done',
  loading: 'Loading your reading list…',
  loadingNoScript:
    'Your reading list is kept in this browser’s storage, and showing it needs JavaScript, which is off here. Turn JavaScript on to see and change what you saved.',
  undo: 'Undo',
  earlier: forms({
    one: '{count} earlier change can be undone too.',
    other: '{count} earlier changes can be undone too.',
  }),
  controls: {
    group: 'Filter and sort',
    kind: 'Kind',
    allKinds: 'All kinds',
    resources: 'Resources',
    communities: 'Communities',
    status: 'Status',
    anyStatus: 'Any status',
    sort: 'Sort by',
    newest: 'Date saved, newest first',
    title: 'Title',
    kindSort: 'Kind',
  },
  item: {
    byline: '{byline} · {career}',
    resourceBy: '{medium} · by {by}',
    community: 'Community · {formats}',
    communityNoFormat: 'Community · format not stated by the source',
    noLongerListed: 'No longer listed',
    careerNoLonger: 'The {career} page no longer lists this item. Your bookmark and note are kept.',
    pageNoLonger: 'The career page no longer lists this item. Your bookmark and note are kept.',
    status: 'Status',
    statusOf: 'of {title}',
    note: 'Note',
    noteOn: 'on {title}',
    characters: '{count} of {max} characters',
    remove: 'Remove',
  },
  clear: {
    confirm: 'Remove all {items}? You can undo this straight after.',
    yes: 'Yes, clear the list',
    cancel: 'Cancel',
    button: 'Clear the list…',
    done: 'Cleared {items}.',
  },
  transfer: {
    heading: 'Export and import',
    intro:
      'Your reading list is kept in this browser only. Export it to keep a copy, or to move it to another browser.',
    json: 'Export as JSON',
    markdown: 'Export as Markdown',
    legend: 'Importing a file',
    merge: 'Merge it into my list',
    replace: 'Replace my list with it',
    mergeHint:
      'Merging keeps everything on your list; for an item on both, the status further along and your own note are kept.',
    file: 'Import a JSON export',
    confirm:
      'Replace {items} with {count} from {file}? Your current list is kept under Backups on this page, and you can undo this straight after.',
    yes: 'Yes, replace my list',
    cancel: 'Cancel',
    imported: 'Imported {file}: {added} added, {updated} updated.',
    items: forms({ one: '{count} item', other: '{count} items' }),
    backupFailed:
      'Your list could not be kept as a backup (this browser’s storage is full or refused), so it was not replaced. Export it first, or merge instead. Nothing was imported.',
    replaced: 'Replaced your list with the {items} from {file}.',
    previousKept: 'Your previous list is kept under Backups.',
    goneOne: 'No career page lists this one any more; it was on your list before: {titles}.',
    goneMany: 'No career page lists these {count} any more; they were on your list before: {titles}.',
  },
  backups: {
    heading: 'Backups',
    intro:
      'Kept in this browser so that nothing you saved is lost. Download one to keep it, and delete it once you no longer need it.',
    firstFound: 'when the app first found it',
    replaced: 'Your list as it was before an import replaced it, {when}.',
    unreadable: 'Saved data the app could not read as it was, kept as found, {when}.',
    size: forms({ one: '{count} character', other: '{count} characters' }),
    which: 'backup of {when}, {size}',
    whichFirst: 'backup of the data first found unreadable, {size}',
    deleteFailed: 'This backup could not be deleted: the browser refused. It is still kept.',
    merged: 'Merged the backup into your list: {added} added, {updated} updated.',
    confirm: 'Delete this backup? This cannot be undone.',
    yes: 'Yes, delete it',
    cancel: 'Cancel',
    download: 'Download',
    downloadLabel: 'Download {which}',
    mergeBack: 'Merge it back into my list',
    delete: 'Delete…',
    deleteLabel: 'Delete {which}…',
  },
  import: {
    nothing: '{message} Nothing was imported.',
    tooLarge: 'This file is larger than 1 MB, far too large to be a reading-list export.',
    notJson: 'This file could not be read as JSON.',
    notExport: 'This file is not a Career Explorer reading-list export.',
    version: 'This export is in format version {version}; this app reads version {supported}.',
    malformed: 'Entry {number} in this file is malformed.',
    malformedField: 'Entry {number} in this file is malformed ({field}).',
    repeat: 'Entry {number} in this file repeats an earlier one.',
    unknown: forms({
      one: 'This file refers to an item this app does not know: {titles}.',
      other: 'This file refers to {count} items this app does not know: {titles}.',
    }),
    strangers: forms({
      one: 'This file has an item marked as no longer listed that no career page lists and that was never on your list in this browser: {titles}.',
      other:
        'This file has {count} items marked as no longer listed that no career page lists and that were never on your list in this browser: {titles}.',
    }),
  },
  markdown: {
    title: 'Reading list',
    exported: 'Exported from Career Explorer on {date}: {done} of {total} done.',
    group: '{status} ({count})',
    nothing: 'Nothing here.',
    noLonger: '{kind} · no longer listed',
    note: 'Note: {note}',
  },
}
