; Inno Setup 6 script: one installer for a commune desk PC (no internet needed), per machine.
; Built by installer\windows\build_windows.ps1, which passes the version and the bundle folder:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\motcua-desk /DOutputDir=..\..\dist installer\windows\motcua-desk.iss
;
; User data is NEVER touched: the database, backups and attachments live in each user's
; %LOCALAPPDATA%\MotCua\MotCuaDesk (desk_app/paths.py, platformdirs), outside {app}. This script
; installs and removes only the files it lists under [Files]; there is no [UninstallDelete] and
; no [InstallDelete] entry for the data folder, so upgrades and uninstalls leave it as it was.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (build_windows.ps1 reads it from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\motcua-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define ViIsl AddBackslash(SourcePath) + "Vietnamese.isl"
  #define HaveVi 1
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #define ViIsl "compiler:Languages\Vietnamese.isl"
  #define HaveVi 1
#else
  #define HaveVi 0
#endif
#define AppName "Một Cửa Desk"
#define AppExe "desk-app.exe"
#define AdminExe "desk-admin.exe"

[Setup]
; A fixed AppId makes a newer installer an upgrade of the installed one (same folder, same entry).
AppId={{6C1F4B5E-3A2D-4E7B-9C1A-7D0E5B8F2A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MotCua
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\MotCuaDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=MotCuaDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
#if FileExists(AddBackslash(SourcePath) + "..\..\resources\icons\motcua-desk.ico")
SetupIconFile=..\..\resources\icons\motcua-desk.ico
#endif

[Languages]
; Vietnamese is an unofficial Inno Setup translation (jrsoftware.org "Unofficial translations"): put
; Vietnamese.isl beside this script or in the compiler's Languages folder to get it; English otherwise.
Name: "en"; MessagesFile: "compiler:Default.isl"
#if HaveVi
Name: "vi"; MessagesFile: "{#ViIsl}"
#endif

[CustomMessages]
en.DataKept=Your data (database, backups, attachments) stays in %LOCALAPPDATA%\MotCua\MotCuaDesk and is not removed.
#if HaveVi
vi.DataKept=Dữ liệu (cơ sở dữ liệu, bản sao lưu, tệp đính kèm) nằm ở %LOCALAPPDATA%\MotCua\MotCuaDesk và không bị xóa.
#endif
en.AdminShortcut=Một Cửa Desk — admin command line
#if HaveVi
vi.AdminShortcut=Một Cửa Desk — dòng lệnh quản trị
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Old program files only (a previous bundle's _internal folder), never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:AdminShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#AdminExe}"" --help"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Messages]
en.FinishedLabel=Setup has finished installing [name] on your computer. On first start the administrator sets up the office, the accounts and the upstream address.
#if HaveVi
vi.FinishedLabel=Đã cài đặt xong [name]. Lần chạy đầu tiên, người quản trị khai báo hồ sơ cơ quan, tài khoản và địa chỉ máy chủ cấp trên.
#endif

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Say where the data stays; nothing here deletes it. }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
