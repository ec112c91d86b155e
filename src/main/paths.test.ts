import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appPaths } from './paths'

const inputs = {
  mainDir: '/opt/gloss/out/main',
  appPath: '/opt/gloss',
  resourcesPath: '/opt/Gloss/resources',
  userData: '/home/reader/.config/Gloss',
}

describe('appPaths', () => {
  it('finds the articles in the project in a developer build', () => {
    expect(appPaths({ ...inputs, isPackaged: false })).toEqual({
      renderer: join('/opt/gloss/out/renderer'),
      preload: join('/opt/gloss/out/preload/index.js'),
      icon: join('/opt/gloss/build/icon.png'),
      articles: join('/opt/gloss/resources/articles'),
      windowState: join('/home/reader/.config/Gloss/window-state.json'),
    })
  })

  it('finds the articles and the icon in the resources folder when packaged', () => {
    const packaged = appPaths({ ...inputs, isPackaged: true })
    expect(packaged.articles).toBe(join('/opt/Gloss/resources/articles'))
    expect(packaged.icon).toBe(join('/opt/Gloss/resources/icon.png'))
  })
})
