<#
.SYNOPSIS
  Installs Citizen Space for the current user, offline, without administrator rights.
.PARAMETER Wheelhouse
  Folder holding the wheels prepared by installer/build-wheelhouse.sh.
#>
param(
  [Parameter(Mandatory = $true)][string]$Wheelhouse
)
$ErrorActionPreference = "Stop"
$py = (Get-Command py -ErrorAction SilentlyContinue)
if ($py) { $python = "py"; $pyArgs = @("-3.11") } else { $python = "python"; $pyArgs = @() }
$target = Join-Path $env:LOCALAPPDATA "CitizenSpace\app"
if (-not (Test-Path $target)) {
  & $python @pyArgs -m venv $target
}
$pip = Join-Path $target "Scripts\pip.exe"
& $pip install --no-index --find-links $Wheelhouse --upgrade citizenspace
if ($LASTEXITCODE -ne 0) { throw "Installation failed (see the messages above)." }

$exe = Join-Path $target "Scripts\citizenspace.exe"
$shell = New-Object -ComObject WScript.Shell
$menu = [Environment]::GetFolderPath("Programs")
$link = $shell.CreateShortcut((Join-Path $menu "Citizen Space.lnk"))
$link.TargetPath = $exe
$link.WorkingDirectory = $target
$link.Save()
Write-Host "Citizen Space is installed. Start it from the Start menu."
