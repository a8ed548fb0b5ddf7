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
}
