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
      articles: join('/opt/gloss/resources/articles'),
      windowState: join('/home/reader/.config/Gloss/window-state.json'),
    })
  })

  it('finds the articles in the resources folder when packaged', () => {
    expect(appPaths({ ...inputs, isPackaged: true }).articles).toBe(
      join('/opt/Gloss/resources/articles'),
    )
  })
})
