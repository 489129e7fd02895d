; Inno Setup 6 script for Expert Workstation. Build the one-folder app first (make package,
; on Windows), then:  iscc /DAppVersion=0.1.0 packaging\windows\workstation.iss
; The installer lands in dist\installer\. It installs per user by default (no administrator
; rights needed, which freelancers on their own PCs appreciate), or for all users when
; started with /ALLUSERS or confirmed in the dialog.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z workstation.iss
#endif

#define AppName "Expert Workstation"
#define AppExe "workstation.exe"
#define AppId "de.expertworkstation.Workstation"
#define SourceDir "..\..\dist\workstation"

[Setup]
; A fixed AppId lets later versions upgrade in place; never change it.
AppId={{6C1E6F7A-3D0B-4E8B-9B7E-2F5A0C4D8E11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=ExpertWorkstation-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\workstation.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app may be running (it lives in the tray); let Setup ask it to close before replacing files.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Registry]
; The app writes this autostart value itself when "Start automatically when I log in" is on
; (workstation/platform/autostart.py); it must not outlive the app.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppName}"; Flags: uninsdeletevalue dontcreatekey
