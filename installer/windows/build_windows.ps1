# Build the Windows installer on a Windows 10/11 x64 machine:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build_windows.ps1
# Needs: Python 3.11+ from python.org (the "py" launcher) and Inno Setup 6 (iscc.exe; winget install JRSoftware.InnoSetup).
# Result: dist\motcua-desk\ (desk-app.exe, desk-admin.exe) and dist\MotCuaDesk-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Build = Join-Path $Root "build\windows"
$Venv = Join-Path $Build "venv"
$Py = Join-Path $Venv "Scripts\python.exe"
$T0 = Get-Date
function Step($msg) { Write-Host ("==> [{0:n0}s] {1}" -f ((Get-Date) - $T0).TotalSeconds, $msg) }

if (-not (Test-Path $Py)) {
    Step "venv $Venv"
    New-Item -ItemType Directory -Force -Path $Build | Out-Null
    & py -3 -m venv $Venv
    if ($LASTEXITCODE -ne 0) { throw "Không tạo được môi trường Python (cần Python 3.11+ và lệnh py)." }
}
Step "pip install . pyinstaller pillow"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q "pyinstaller>=6.10" pillow $Root
if ($LASTEXITCODE -ne 0) { throw "pip install thất bại" }
$Version = & $Py -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
Step "Một Cửa Desk $Version"

# Translations (.ts -> .qm) when the project has them.
$ts = Get-ChildItem -Path (Join-Path $Root "resources\i18n") -Filter *.ts -ErrorAction SilentlyContinue
if ($ts) {
    Step "dịch: python -m desk_app.ui.i18n compile"
    $env:PATH = (Join-Path $Venv "Scripts") + ";" + $env:PATH
    & $Py -m desk_app.ui.i18n compile
    if ($LASTEXITCODE -ne 0) { throw "biên dịch bản dịch thất bại" }
}

# An .ico for the executables and the installer, drawn from the PNG when the project has one.
$Png = Join-Path $Root "resources\icons\motcua-desk.png"
$Ico = Join-Path $Root "resources\icons\motcua-desk.ico"
if ((Test-Path $Png) -and -not (Test-Path $Ico)) {
    & $Py -c "import sys;from PIL import Image;Image.open(sys.argv[1]).save(sys.argv[2],sizes=[(16,16),(32,32),(48,48),(256,256)])" $Png $Ico
}

Step "PyInstaller"
$Dist = Join-Path $Root "dist"
if (Test-Path (Join-Path $Dist "motcua-desk")) { Remove-Item -Recurse -Force (Join-Path $Dist "motcua-desk") }
& (Join-Path $Venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --workpath (Join-Path $Build "pyinstaller") --distpath $Dist (Join-Path $Root "installer\motcua-desk.spec")
if ($LASTEXITCODE -ne 0) { throw "PyInstaller thất bại" }

# Smoke: the GUI renders offscreen and the admin CLI answers.
Step "kiểm tra nhanh"
$Shot = Join-Path $Build "smoke.png"
$env:QT_QPA_PLATFORM = "offscreen"
$env:DESK_DATA_DIR = Join-Path $Build "smoke-data"
$p = Start-Process -FilePath (Join-Path $Dist "motcua-desk\desk-app.exe") -ArgumentList "--demo", "--screenshot", $Shot -Wait -PassThru
Remove-Item Env:\QT_QPA_PLATFORM; Remove-Item Env:\DESK_DATA_DIR
if ($p.ExitCode -ne 0 -or -not (Test-Path $Shot)) { throw "desk-app --demo --screenshot thất bại (mã $($p.ExitCode))" }
& (Join-Path $Dist "motcua-desk\desk-admin.exe") --help | Out-Null
if ($LASTEXITCODE -ne 0) { throw "desk-admin --help thất bại" }

$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    foreach ($c in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                     "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) { if (Test-Path $c) { $Iscc = $c; break } }
}
if (-not $Iscc) { throw "Không thấy Inno Setup 6 (ISCC.exe): winget install JRSoftware.InnoSetup" }
Step "Inno Setup: $Iscc"
& $Iscc /Q "/DAppVersion=$Version" "/DSourceDir=$Dist\motcua-desk" "/DOutputDir=$Dist" `
    (Join-Path $Root "installer\windows\motcua-desk.iss")
if ($LASTEXITCODE -ne 0) { throw "ISCC thất bại" }
Step ("xong: " + (Join-Path $Dist "MotCuaDesk-$Version-setup.exe"))
