# Build the Windows app folder, a zip and (when Inno Setup is installed) an installer:
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
# -> dist\katalyze\ (katalyze.exe for people, katalyze-cli.exe for the command line),
#    dist\katalyze-VERSION-windows-x64.zip, dist\katalyze-VERSION-setup.exe (Inno Setup 6).
# Own virtual environment under build\venv (never committed). Written to mirror
# build-linux.sh; not run on this project's Linux machines (see packaging/README.md).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$python = if ($env:PYTHON) { @($env:PYTHON) } else { @("py", "-3.11") }
$venv = "build\venv"
$started = Get-Date

if (-not (Test-Path "$venv\Scripts\python.exe")) { & $python[0] $python[1..9] -m venv $venv }
$vpy = "$venv\Scripts\python.exe"
& $vpy -m pip install -q --upgrade pip
& $vpy -m pip install -q -r packaging\requirements-build.txt .
if ($LASTEXITCODE) { throw "pip install failed" }

& $vpy -m ui.i18n | Out-Null                  # translations .ts -> .qm
& $vpy packaging\make_icons.py                # build\icons\katalyze.ico
& "$venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN `
  --distpath dist --workpath build\pyinstaller packaging\katalyze.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

$env:QT_QPA_PLATFORM = "offscreen"
$env:KATALYZE_HOME = Join-Path ([IO.Path]::GetTempPath()) ("katalyze-self-test-" + [guid]::NewGuid())
& dist\katalyze\katalyze-cli.exe --self-test
if ($LASTEXITCODE) { throw "the built app failed its self-test" }
Remove-Item Env:QT_QPA_PLATFORM

$version = & $vpy -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$zip = "dist\katalyze-$version-windows-x64.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path dist\katalyze -DestinationPath $zip

$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (Test-Path $iscc) {
  & $iscc "/DAppVersion=$version" packaging\windows\katalyze.iss
  if ($LASTEXITCODE) { throw "Inno Setup failed" }
}
$mb = [math]::Round((Get-ChildItem dist\katalyze -Recurse | Measure-Object Length -Sum).Sum / 1MB)
Write-Host "built dist\katalyze ($mb MB) and $zip in $([int]((Get-Date) - $started).TotalSeconds) s"
