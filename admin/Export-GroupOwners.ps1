<#
.SYNOPSIS
    Writes owners.json, Bounce Doctor's owner directory (format version 1), from Exchange Online.

.DESCRIPTION
    Reads every distribution list, mail-enabled security group, room list, dynamic
    distribution group and Microsoft 365 group with its owners, moderators, email addresses
    and whether it accepts mail from outside senders, and writes them as owners.json:
    UTF-8 without a byte order mark. Publish the file in the add-in's web root beside
    taskpane.html; the format is described in docs/owners-directory.md.

    Connect first: Connect-ExchangeOnline (by hand), or
    Connect-ExchangeOnline -ManagedIdentity -Organization contoso.onmicrosoft.com (runbook).
    Read-only: the script only runs Get-* cmdlets. admin/README.md says how to run it.

.PARAMETER Path
    Where to write the file. Default: owners.json in the current folder.

.EXAMPLE
    Connect-ExchangeOnline; .\Export-GroupOwners.ps1 -Path C:\Publish\owners.json
#>
[CmdletBinding()]
param(
    [string]$Path = '.\owners.json'
)

$ErrorActionPreference = 'Stop'

# https://learn.microsoft.com/powershell/module/exchange/get-connectioninformation
if (-not (Get-Command Get-ConnectionInformation -ErrorAction SilentlyContinue) -or -not (Get-ConnectionInformation)) {
    throw 'Not connected to Exchange Online: run Connect-ExchangeOnline first (module ExchangeOnlineManagement 3.0 or later).'
}

# Windows PowerShell 5.1 can write arrays as {"value": [...], "Count": n} because of an old
# type extension on System.Array; removing it keeps every list a plain JSON array.
if ($PSVersionTable.PSVersion.Major -lt 6) { Remove-TypeData System.Array -ErrorAction SilentlyContinue }

# Owners and moderators are named by identity (ManagedBy, ModeratedBy); each is looked up
# once with Get-Recipient for its display name and primary SMTP address.
# https://learn.microsoft.com/powershell/module/exchange/get-recipient
$people = @{}
function Resolve-Person([string]$Identity) {
    if (-not $people.ContainsKey($Identity)) {
        $recipient = $null
        try { $recipient = Get-Recipient -Identity $Identity -ErrorAction Stop } catch { $recipient = $null }
        if ($recipient) {
            $name = if ($recipient.DisplayName) { [string]$recipient.DisplayName } else { [string]$recipient.Name }
            $people[$Identity] = [ordered]@{ name = $name; address = [string]$recipient.PrimarySmtpAddress }
        } else {
            # Not a mail recipient (e.g. the Organization Management role group): a name without a mailbox.
            $people[$Identity] = [ordered]@{ name = $Identity; address = '' }
        }
    }
    $people[$Identity]
}

function Resolve-People($Identities) {
    # @(...) keeps a list of one a list, and makes "nobody" an empty list.
    , [object[]]@($Identities | Where-Object { $_ } | ForEach-Object { Resolve-Person ([string]$_) })
}

# The group's SMTP addresses, primary first: EmailAddresses holds "SMTP:" (primary) and
# "smtp:" (aliases) entries beside X500:, SIP: and others.
function Get-SmtpAddresses($Group) {
    $primary = [string]$Group.PrimarySmtpAddress
    $aliases = @($Group.EmailAddresses | ForEach-Object { [string]$_ } | Where-Object { $_ -like 'smtp:*' } | ForEach-Object { $_.Substring(5) })
    $all = New-Object System.Collections.Generic.List[string]
    foreach ($address in @($primary) + $aliases) {
        if ($address -and -not ($all | Where-Object { $_ -eq $address })) { $all.Add($address) }
    }
    , [string[]]$all.ToArray()
}

function New-DirectoryGroup($Group, [string]$Kind, $Owners) {
    $entry = [ordered]@{
        name                        = if ($Group.DisplayName) { [string]$Group.DisplayName } else { [string]$Group.Name }
        addresses                   = Get-SmtpAddresses $Group
        kind                        = $Kind
        owners                      = $Owners
        requireSenderAuthentication = [bool]$Group.RequireSenderAuthenticationEnabled
    }
    if ($Group.ModerationEnabled) {
        # With moderation on and no moderators named, the owners approve messages
        # (https://learn.microsoft.com/powershell/module/exchange/set-distributiongroup, -ModeratedBy).
        $moderators = Resolve-People $Group.ModeratedBy
        $entry.moderators = if ($moderators.Count -gt 0) { $moderators } else { $Owners }
    }
    $entry
}

$groups = New-Object System.Collections.Generic.List[object]

# Distribution lists, mail-enabled security groups and room lists.
# https://learn.microsoft.com/powershell/module/exchange/get-distributiongroup
foreach ($group in Get-DistributionGroup -ResultSize Unlimited) {
    $kind = switch ([string]$group.RecipientTypeDetails) {
        'MailUniversalSecurityGroup' { 'mail-enabled-security' }
        default { 'distribution-list' } # MailUniversalDistributionGroup, RoomList, MailNonUniversalGroup
    }
    $groups.Add((New-DirectoryGroup $group $kind (Resolve-People $group.ManagedBy)))
}

# Dynamic distribution groups: ManagedBy is one identity or none.
# https://learn.microsoft.com/powershell/module/exchange/get-dynamicdistributiongroup
foreach ($group in Get-DynamicDistributionGroup -ResultSize Unlimited) {
    $groups.Add((New-DirectoryGroup $group 'dynamic-distribution' (Resolve-People $group.ManagedBy)))
}

# Microsoft 365 groups: the owners are the group's owner links.
# https://learn.microsoft.com/powershell/module/exchange/get-unifiedgroup
# https://learn.microsoft.com/powershell/module/exchange/get-unifiedgrouplinks
foreach ($group in Get-UnifiedGroup -ResultSize Unlimited) {
    $links = Get-UnifiedGroupLinks -Identity ([string]$group.PrimarySmtpAddress) -LinkType Owners -ResultSize Unlimited
    $owners = [object[]]@($links | Where-Object { $_ } | ForEach-Object {
            [ordered]@{ name = [string]$_.DisplayName; address = [string]$_.PrimarySmtpAddress }
        })
    $groups.Add((New-DirectoryGroup $group 'microsoft-365' $owners))
}

$directory = [ordered]@{
    version   = 1
    generated = [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture)
    groups    = $groups.ToArray()
}

# file > groups > group > owners > person > address: depth 6 leaves room; the default (2) would cut it.
# https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-json
$json = $directory | ConvertTo-Json -Depth 6

# UTF-8 without a byte order mark (Out-File and Set-Content in Windows PowerShell 5.1 add one).
$Path = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
[System.IO.File]::WriteAllText($Path, $json, (New-Object System.Text.UTF8Encoding $false))

$withoutOwners = @($groups | Where-Object { $_.owners.Count -eq 0 }).Count
Write-Host "Wrote $Path : $($groups.Count) groups, $withoutOwners without owners. Check it with: npx bounce-doctor owners check `"$Path`""
