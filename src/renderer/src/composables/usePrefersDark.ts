/**
 * The system's colour-scheme preference as a live ref, so the `System` theme follows the OS the
 * moment it switches between light and dark.
 */
import { onScopeDispose, ref, type Ref } from 'vue'
import { DARK_QUERY } from '@renderer/settings/theme-mirror'

export function usePrefersDark(): Readonly<Ref<boolean>> {
  const query = matchMedia(DARK_QUERY)
  const prefersDark = ref(query.matches)
  const update = (event: MediaQueryListEvent): void => {
    prefersDark.value = event.matches
  }
  query.addEventListener('change', update)
  onScopeDispose(() => query.removeEventListener('change', update))
  return prefersDark
}
