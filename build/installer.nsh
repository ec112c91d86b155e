; What the Windows installer registers (electron-builder.yml `nsis.include`): "Open with Gloss"
; for the files Gloss reads, and gloss:// links.
;
; Written here rather than through electron-builder's `fileAssociations`, whose NSIS macro
; (APP_ASSOCIATE) makes the app the default program of each extension, .txt and .html
; included, and on uninstall leaves the extension pointing at a class that no longer exists.
; Here Gloss only joins each extension's OpenWithProgids list, and the user's default stays.
; The extensions are those of `mac.fileAssociations`; build/installer-config.test.ts checks
; that the two lists agree.

!macro glossOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "Gloss.Document"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
!macroend

!macro glossForgetOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "Gloss.Document"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\Gloss.Document" "" "Document for Gloss"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Gloss.Document\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Gloss.Document\shell\open" "" "Open with Gloss"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Gloss.Document\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro glossOpenWith "html"
  !insertmacro glossOpenWith "htm"
  !insertmacro glossOpenWith "mhtml"
  !insertmacro glossOpenWith "mht"
  !insertmacro glossOpenWith "md"
  !insertmacro glossOpenWith "txt"

  ; gloss:// links, as Electron's app.setAsDefaultProtocolClient writes them.
  WriteRegStr SHELL_CONTEXT "Software\Classes\gloss" "" "URL:Gloss link"
  WriteRegStr SHELL_CONTEXT "Software\Classes\gloss" "URL Protocol" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\gloss\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\gloss\shell\open\command" "" '"$appExe" "%1"'

  ; SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_FLUSH): Explorer rereads the associations.
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, p 0, p 0)"
!macroend

!macro customUnInstall
  !insertmacro glossForgetOpenWith "html"
  !insertmacro glossForgetOpenWith "htm"
  !insertmacro glossForgetOpenWith "mhtml"
  !insertmacro glossForgetOpenWith "mht"
  !insertmacro glossForgetOpenWith "md"
  !insertmacro glossForgetOpenWith "txt"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Gloss.Document"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\gloss"
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, p 0, p 0)"
!macroend
