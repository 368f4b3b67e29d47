; Installer of the Merchant Readiness Assistant for Windows, built with NSIS (makensis runs on Windows and Linux).
;
;   makensis -DVERSION=0.2.0 -DSOURCE=dist\MerchantReadiness -DOUTFILE=dist\MerchantReadiness-0.2.0-setup.exe packaging\installer.nsi
;   (python packaging/build_installer.py does the same with the right values and prints the size)
;
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\MerchantReadiness, the
; Start-menu entry to the user's own Start menu, the uninstaller's entry to HKCU. The user's data (businesses,
; answers, settings, logs in %APPDATA%\MerchantReadiness) is never touched by installing or updating; the
; uninstaller removes it only when the user says so (a question whose default is No; /DELETEDATA when silent).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!ifndef VERSION
  !error "define VERSION, e.g. -DVERSION=0.2.0"
!endif
!ifndef SOURCE
  !error "define SOURCE, the one-folder build (dist\MerchantReadiness)"
!endif
!ifndef OUTFILE
  !define OUTFILE "MerchantReadiness-${VERSION}-setup.exe"
!endif
!ifndef EXESUFFIX
  !define EXESUFFIX ".exe"  ; "" to package a Linux build, only to check this script (packaging/build_installer.py)
!endif
!ifndef VIVERSION
  !define VIVERSION "${VERSION}.0"
!endif

!define APPNAME "Merchant Readiness Assistant"
!define APPDIR "MerchantReadiness"
!define APPEXE "MerchantReadiness.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPDIR}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPDIR}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VIVERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${APPNAME} project"

!define MUI_ICON "${SOURCE}\_internal\resources\icons\app.ico"
!define MUI_UNICON "${SOURCE}\_internal\resources\icons\app.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APPEXE}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the program's languages: French first (the source language), then Arabic and English.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "English"

LangString DeleteData ${LANG_FRENCH} "Supprimer aussi vos données (entreprises, réponses, réglages) du dossier $APPDATA\${APPDIR} ?$\n$\nChoisissez Non pour les garder : une nouvelle installation les retrouvera."
LangString DeleteData ${LANG_ARABIC} "هل تريد أيضًا حذف بياناتك (المقاولات والأجوبة والإعدادات) من المجلد $APPDATA\${APPDIR}؟$\n$\nاختر «لا» للاحتفاظ بها: سيجدها أي تثبيت جديد."
LangString DeleteData ${LANG_ENGLISH} "Also delete your data (businesses, answers, settings) in $APPDATA\${APPDIR}?$\n$\nChoose No to keep it: a new installation will find it again."
LangString StillRunning ${LANG_FRENCH} "Fermez le programme ${APPNAME}, puis cliquez sur Réessayer."
LangString StillRunning ${LANG_ARABIC} "أغلق برنامج ${APPNAME} ثم انقر على «إعادة المحاولة»."
LangString StillRunning ${LANG_ENGLISH} "Close ${APPNAME}, then click Retry."

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Program" SecProgram
  SectionIn RO
  SetShellVarContext current
  ; An update replaces the program folder as a whole (no file of an older version stays behind); the user's data
  ; lives elsewhere and is not touched.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  retry:
  ClearErrors
  File "/oname=MerchantReadiness.exe" "${SOURCE}\MerchantReadiness${EXESUFFIX}"
  File "/oname=MerchantReadinessCLI.exe" "${SOURCE}\MerchantReadinessCLI${EXESUFFIX}"
  IfErrors 0 copied
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry
    Abort
  copied:
  File /r "${SOURCE}\_internal"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${APPEXE}" "" "$INSTDIR\${APPEXE}" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk" "$INSTDIR\uninstall.exe"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APPNAME} project"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${APPEXE}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\Uninstall ${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\MerchantReadiness.exe"
  Delete "$INSTDIR\MerchantReadinessCLI.exe"
  Delete "$INSTDIR\uninstall.exe"
  ; A portable "data" folder beside the program (portable.txt) is the user's data too: kept unless asked.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  ; The content cache is rebuilt at any time: always removed.
  RMDir /r "$LOCALAPPDATA\${APPDIR}\Cache"
  RMDir "$LOCALAPPDATA\${APPDIR}"

  ; The user's data: kept unless the user asks (default No), or /DELETEDATA on a silent uninstall's command line.
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DELETEDATA" $R1
  IfErrors 0 delete_data
  IfSilent keep_data
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(DeleteData)" IDYES delete_data
  Goto keep_data
  delete_data:
    RMDir /r "$APPDATA\${APPDIR}"
    RMDir /r "$INSTDIR\data"
    Delete "$INSTDIR\portable.txt"
    RMDir "$INSTDIR"
  keep_data:
SectionEnd
