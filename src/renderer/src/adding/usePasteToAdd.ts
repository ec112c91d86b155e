/**
 * Pasting outside a text field adds what was copied as a new article: the paste event carries
 * the clipboard's HTML and text without any permission, on both hosts. A paste into a field
 * (a note, a tag, the search box) is the field's own, and a paste while a dialog is open
 * belongs to the dialog.
 */
import { onMounted, onUnmounted } from 'vue'
import type { ClipboardContent } from '@shared/host'
import { isTyping } from '@renderer/composables/useKeyboardShortcuts'

/** @param onPaste - what to do with the pasted content */
export function usePasteToAdd(onPaste: (content: ClipboardContent) => void): void {
  const paste = (event: ClipboardEvent): void => {
    if (event.defaultPrevented || isTyping(event.target)) return
    if (document.querySelector('dialog[open]')) return
    const data = event.clipboardData
    if (!data) return
    const content = { html: data.getData('text/html'), text: data.getData('text/plain') }
    if (content.html.trim() === '' && content.text.trim() === '') return
    event.preventDefault()
    onPaste(content)
  }
  onMounted(() => document.addEventListener('paste', paste))
  onUnmounted(() => document.removeEventListener('paste', paste))
}
