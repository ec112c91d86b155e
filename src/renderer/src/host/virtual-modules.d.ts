// Modules that exist only at build time (see build/bundled-article-plugin.ts).
declare module 'virtual:gloss/bundled-article' {
  import type { Article } from '@shared/article'
  const article: Article
  export default article
}
