; Inno Setup 6 script: a per-user installer (no administrator rights needed)
; from the folder PyInstaller made. Built by packaging\build-windows.ps1:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\katalyze.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C0D6A52-7F0B-4D57-9E38-4B0C3C1E5A14}
AppName=Katalyze
AppVersion={#AppVersion}
AppPublisher=Katalyze
DefaultDirName={localappdata}\Programs\Katalyze
DefaultGroupName=Katalyze
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=katalyze-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\katalyze.ico
UninstallDisplayIcon={app}\katalyze.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\katalyze\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Katalyze"; Filename: "{app}\katalyze.exe"
Name: "{userdesktop}\Katalyze"; Filename: "{app}\katalyze.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
Root: HKCU; Subkey: "Software\Classes\.katalyze"; ValueType: string; ValueData: "Katalyze.Event"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Katalyze.Event\shell\open\command"; ValueType: string; ValueData: """{app}\katalyze.exe"" --db ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\katalyze.exe"; Description: "{cm:LaunchProgram,Katalyze}"; Flags: nowait postinstall skipifsilent
