/** What a section list needs to know about the filters: which items to show and which words to mark. */
export interface ListView {
  isVisible: (id: string) => boolean
  tokens: readonly string[]
}

export const SHOW_ALL: ListView = { isVisible: () => true, tokens: [] }
