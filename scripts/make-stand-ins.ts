/**
 * Draws the labelled stand-in images for a bundled article's figures (`npm run make:stand-ins`, from the
 * repository root).
 *
 * The seed's photos belong to their agencies and are not ours to ship, so each figure gets an
 * SVG that says plainly it is a stand-in, names the credit of the real photo and quotes the
 * start of its caption. Run it again after changing an article's text or manifest.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readBundledArticle, BUNDLED_ARTICLE_SLUG } from '../src/main/article/bundled-article'

const WIDTH = 1200
const HEIGHT = 750
const LINE_CHARS = 52

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Greedy word wrap to at most `maxLines` lines, the last ending in an ellipsis if cut. */
function wrap(text: string, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/[\s\u00a0]+/)) {
    if (line && (line + ' ' + word).length > LINE_CHARS) {
      lines.push(line)
      line = word
      if (lines.length === maxLines) return [...lines.slice(0, -1), lines[maxLines - 1] + ' …']
    } else line = line ? `${line} ${word}` : word
  }
  return line ? [...lines, line] : lines
}

function standInSvg(index: number, caption: string, credit: string): string {
  const hue = [204, 28, 140][index % 3]
  const ink = `fill="hsl(${hue} 30% 16%)"`
  // Presentation attributes, not <style>: the app's CSP (style-src 'self') reaches the SVG too.
  const serif = `font-family="Georgia, 'Times New Roman', serif" ${ink}`
  const label = `font-family="system-ui, sans-serif" font-size="30" font-weight="600" letter-spacing="6" ${ink}`
  const captionLines = wrap(caption, 4)
    .map(
      (l, i) =>
        `<text x="80" y="${400 + i * 44}" ${serif} font-size="34" font-style="italic">${escapeXml(l)}</text>`,
    )
    .join('\n    ')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img">
  <title>Stand-in image ${index + 1}: original photo by ${escapeXml(credit)}</title>
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 28% 82%)"/>
      <stop offset="1" stop-color="hsl(${hue} 22% 62%)"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>
  <rect x="40" y="40" width="${WIDTH - 80}" height="${HEIGHT - 80}" fill="none" stroke="hsl(${hue} 30% 16% / 0.35)" stroke-width="3" stroke-dasharray="14 10"/>
  <text x="80" y="150" ${label}>STAND-IN IMAGE</text>
  <text x="80" y="215" ${serif} font-size="34">In place of the photo by</text>
  <text x="80" y="275" ${serif} font-size="${credit.length > 40 ? 40 : 52}">${escapeXml(credit)}</text>
  <text x="80" y="335" ${label}>NOT SHIPPED WITH GLOSS · CAPTION BELOW</text>
    ${captionLines}
</svg>
`
}

async function main(): Promise<void> {
  const articlesDir = join(process.cwd(), 'resources', 'articles')
  const slug = process.argv[2] ?? BUNDLED_ARTICLE_SLUG
  const result = await readBundledArticle(articlesDir, slug)
  if (!result.ok) throw new Error(result.error.message)
  const figures = result.value.blocks.filter((b) => b.kind === 'figure')
  for (const [index, figure] of figures.entries()) {
    if (!figure.image) continue
    await writeFile(
      join(articlesDir, slug, figure.image),
      standInSvg(index, figure.caption, figure.credit),
    )
    console.log(`wrote ${slug}/${figure.image}`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
