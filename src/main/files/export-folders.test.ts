import { describe, expect, it, vi } from 'vitest'
import { chooseExportFolder, createExportFolders } from './export-folders'

describe('chooseExportFolder', () => {
  it('asks for a folder in Documents and gives the page a token and its name, not its path', async () => {
    const folders = createExportFolders()
    const showOpenDialog = vi.fn(async () => ({
      canceled: false,
      filePaths: ['/home/ann/Vault/Gloss'],
    }))
    const result = await chooseExportFolder({
      showOpenDialog,
      documentsDir: '/home/ann/Documents',
      folders,
    })
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: '/home/ann/Documents',
        properties: expect.arrayContaining(['openDirectory', 'createDirectory']),
      }),
    )
    if (!result.ok || result.value === null) throw new Error('no folder')
    expect(result.value.name).toBe('Gloss')
    expect(JSON.stringify(result.value)).not.toContain('/home/ann')
    expect(folders.pathOf(result.value.token)).toBe('/home/ann/Vault/Gloss')
  })

  it('resolves null when the dialog is cancelled, and gives out no token', async () => {
    const folders = createExportFolders()
    const add = vi.spyOn(folders, 'add')
    const result = await chooseExportFolder({
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      documentsDir: '/tmp',
      folders,
    })
    expect(result).toEqual({ ok: true, value: null })
    expect(add).not.toHaveBeenCalled()
  })

  it('gives a fresh token each time, and knows no other', () => {
    const folders = createExportFolders()
    const one = folders.add('/a')
    const two = folders.add('/a')
    expect(one.token).not.toBe(two.token)
    expect(folders.pathOf('5f0c6a2e-3b1d-4c7a-9e2f-8a4b6c1d0e93')).toBeUndefined()
  })
})
