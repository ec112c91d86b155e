/**
 * What the export dialog's buttons do: `Save` hands the full text to the host (a native save
 * dialog and an atomic write on the desktop, a download on the web) and `Copy to clipboard`
 * copies it. Each leaves a status for the reader ("Saved Putin orders….md", "Copied 3
 * highlights") or, when the host refuses, its reason for a `role="alert"` line.
 */
import { readonly, ref } from 'vue'
import { host } from '@host'
import type { Result } from '@shared/result'
import type { useExportText } from './useExportText'

type ExportText = ReturnType<typeof useExportText>

const count = new Intl.NumberFormat('en')

/** @param text - the export being shown */
export function useExportActions(text: ExportText) {
  const status = ref('')
  const error = ref<string | null>(null)
  const busy = ref(false)

  async function run(action: () => Promise<string>): Promise<void> {
    if (busy.value) return
    busy.value = true
    status.value = ''
    error.value = null
    try {
      status.value = await action()
    } catch (cause) {
      error.value = cause instanceof Error ? cause.message : String(cause)
    } finally {
      busy.value = false
    }
  }

  /** Turn a refused host request into the error the alert shows. */
  function orThrow<T>(result: Result<T>): T {
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }

  const save = (): Promise<void> =>
    run(async () => {
      const saved = orThrow(
        await host.saveFile({
          suggestedName: text.fileName.value,
          content: text.fullText(),
          mimeType: text.mimeType.value,
        }),
      )
      return saved.saved ? `Saved ${saved.name}` : ''
    })

  const copy = (): Promise<void> =>
    run(async () => {
      orThrow(await host.copyText(text.fullText()))
      const n = text.count.value
      return `Copied ${count.format(n)} highlight${n === 1 ? '' : 's'}`
    })

  return { status: readonly(status), error: readonly(error), busy: readonly(busy), save, copy }
}
