
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ws' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ws'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ws' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in and out, show and renew the session')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in (same as `ws auth login`)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out (same as `ws auth logout`)')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who the current token belongs to')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, show, select and edit profiles')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'Manage organizations')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Bring orgs, projects, roles, grants, users and authorizations to a file''s state')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `ws apply -f FILE` would change (no write call)')
            [CompletionResult]::new('machine-users', 'machine-users', [CompletionResultType]::ParameterValue, 'Manage machine users (service accounts), their keys, tokens and secrets')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'Manage projects')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Manage project roles')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Manage applications (OIDC clients and APIs) of projects')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Manage project grants (projects shared with other organizations)')
            [CompletionResult]::new('authz', 'authz', [CompletionResultType]::ParameterValue, 'Manage authorizations (users'' roles on projects)')
            [CompletionResult]::new('admins', 'admins', [CompletionResultType]::ParameterValue, 'Manage administrators (manager roles on the instance, orgs and projects)')
            [CompletionResult]::new('docs', 'docs', [CompletionResultType]::ParameterValue, 'Work with docs (Markdown documents, their history, comments and exports)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Share docs, folders, files and calendars with users, organizations or links')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show or follow the workspace audit log')
            [CompletionResult]::new('cal', 'cal', [CompletionResultType]::ParameterValue, 'Calendars and events: date ranges, invitations, free/busy, .ics files')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Open the interactive terminal dashboard')
            [CompletionResult]::new('drive', 'drive', [CompletionResultType]::ParameterValue, 'Files and folders in the workspace drive: transfers, listing, trash')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check config, token store, issuer, clock skew and the workspace API')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Write completion scripts and man pages (for packaging; used to refresh the repository copies)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: browser (PKCE), device code, or machine credentials')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who is signed in, which org and roles, where the token is stored and when it expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token (for scripts); renews it first when it is about to expire')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Renew the access token now')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the tokens at the issuer and delete them locally')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;auth;login' {
            [CompletionResult]::new('--listen-address', '--listen-address', [CompletionResultType]::ParameterName, 'Loopback address for the browser redirect (default 127.0.0.1 with a random port)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting for the browser or device approval after this many seconds')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret for --client-credentials (prefer WS_CLIENT_SECRET or stdin: flags are visible to other users)')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Sign in with a ZITADEL service-account JSON key (`-` reads it from stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--web', '--web', [CompletionResultType]::ParameterName, 'Use the browser flow (authorization code + PKCE on a loopback redirect)')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Use the device flow (a code to approve on any device)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not launch a browser; only print the URL (stderr)')
            [CompletionResult]::new('--client-credentials', '--client-credentials', [CompletionResultType]::ParameterName, 'Sign in as a service account with its client id and secret (secret from --client-secret, WS_CLIENT_SECRET or stdin)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read a personal access token from stdin and store it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;auth;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;auth;refresh' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: browser (PKCE), device code, or machine credentials')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who is signed in, which org and roles, where the token is stored and when it expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token (for scripts); renews it first when it is about to expire')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Renew the access token now')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the tokens at the issuer and delete them locally')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;auth;help;login' {
            break
        }
        'ws;auth;help;status' {
            break
        }
        'ws;auth;help;token' {
            break
        }
        'ws;auth;help;refresh' {
            break
        }
        'ws;auth;help;logout' {
            break
        }
        'ws;auth;help;help' {
            break
        }
        'ws;login' {
            [CompletionResult]::new('--listen-address', '--listen-address', [CompletionResultType]::ParameterName, 'Loopback address for the browser redirect (default 127.0.0.1 with a random port)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting for the browser or device approval after this many seconds')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'Client secret for --client-credentials (prefer WS_CLIENT_SECRET or stdin: flags are visible to other users)')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'Sign in with a ZITADEL service-account JSON key (`-` reads it from stdin)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--web', '--web', [CompletionResultType]::ParameterName, 'Use the browser flow (authorization code + PKCE on a loopback redirect)')
            [CompletionResult]::new('--device', '--device', [CompletionResultType]::ParameterName, 'Use the device flow (a code to approve on any device)')
            [CompletionResult]::new('--no-browser', '--no-browser', [CompletionResultType]::ParameterName, 'Do not launch a browser; only print the URL (stderr)')
            [CompletionResult]::new('--client-credentials', '--client-credentials', [CompletionResultType]::ParameterName, 'Sign in as a service account with its client id and secret (secret from --client-secret, WS_CLIENT_SECRET or stdin)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read a personal access token from stdin and store it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;whoami' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;profile' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles of the config file')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create a profile or change its settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile (its stored tokens too)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;profile;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;profile;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;profile;use' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;profile;set' {
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'Remove a key')
            [CompletionResult]::new('--bootstrap', '--bootstrap', [CompletionResultType]::ParameterName, 'Take issuer, client_id and project_id from a ws-server bootstrap.json')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Also make this the default profile')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;profile;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles of the config file')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create a profile or change its settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile (its stored tokens too)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;profile;help;list' {
            break
        }
        'ws;profile;help;show' {
            break
        }
        'ws;profile;help;use' {
            break
        }
        'ws;profile;help;set' {
            break
        }
        'ws;profile;help;delete' {
            break
        }
        'ws;profile;help;help' {
            break
        }
        'ws;orgs' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an organization (its users cannot sign in)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a deactivated organization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization with everything in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;orgs;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items whose name (users: username, email or display name) contains TEXT, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only organizations in this state')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;orgs;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;orgs;create' {
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'A user (id, username or login name) who becomes ORG_OWNER; repeatable')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;orgs;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;orgs;deactivate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;orgs;activate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;orgs;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;orgs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an organization (its users cannot sign in)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a deactivated organization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization with everything in it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;orgs;help;list' {
            break
        }
        'ws;orgs;help;get' {
            break
        }
        'ws;orgs;help;create' {
            break
        }
        'ws;orgs;help;update' {
            break
        }
        'ws;orgs;help;deactivate' {
            break
        }
        'ws;orgs;help;activate' {
            break
        }
        'ws;orgs;help;delete' {
            break
        }
        'ws;orgs;help;help' {
            break
        }
        'ws;users' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a human (or, with --machine, a machine) user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s username, profile or email')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user (cannot sign in until reactivated)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock a user')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock a locked user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a human user''s password (read from stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users from a CSV, JSON, JSON lines or YAML file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;users;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items whose name (users: username, email or display name) contains TEXT, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only users in this state')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;create' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Username (default: the email for humans)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (humans)')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given name (humans)')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Family name (humans)')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Display name (humans; default "Given Family")')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'Create a machine user with this name instead of a human')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Machine user description')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--email-verified', '--email-verified', [CompletionResultType]::ParameterName, 'Mark the email as verified (no verification mail)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read an initial password from the first line of stdin')
            [CompletionResult]::new('--change-required', '--change-required', [CompletionResultType]::ParameterName, 'The password must be changed at the first sign-in')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;update' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'New username')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'New given name')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'New family name')
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--email-verified', '--email-verified', [CompletionResultType]::ParameterName, 'Mark the new email as verified')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;deactivate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;reactivate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;lock' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;unlock' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;set-password' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--change-required', '--change-required', [CompletionResultType]::ParameterName, 'The user must change it at the next sign-in')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;export' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items whose name (users: username, email or display name) contains TEXT, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--roles', '--roles', [CompletionResultType]::ParameterName, 'Add a `roles` column: every authorization as `project:role;…` (one extra list call)')
            [CompletionResult]::new('--metadata', '--metadata', [CompletionResultType]::ParameterName, 'Add a `metadata.<key>` column per metadata key (one extra call per user)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;import' {
            [CompletionResult]::new('--on-exists', '--on-exists', [CompletionResultType]::ParameterName, 'What to do when a user exists with different values')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Rows applied at the same time')
            [CompletionResult]::new('--generate-passwords', '--generate-passwords', [CompletionResultType]::ParameterName, 'Give created users without a password a random one (change required at first sign-in), written only to FILE (mode 0600) as username,org,password')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write the per-row report to FILE (CSV if it ends in .csv, else JSON lines)')
            [CompletionResult]::new('--retry-file', '--retry-file', [CompletionResultType]::ParameterName, 'Write the failed rows to FILE, in the input format, for a re-run')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would happen (create/update/unchanged/skip per row); only read calls')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a human (or, with --machine, a machine) user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s username, profile or email')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user (cannot sign in until reactivated)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock a user')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock a locked user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a human user''s password (read from stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users from a CSV, JSON, JSON lines or YAML file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;users;help;list' {
            break
        }
        'ws;users;help;get' {
            break
        }
        'ws;users;help;create' {
            break
        }
        'ws;users;help;update' {
            break
        }
        'ws;users;help;deactivate' {
            break
        }
        'ws;users;help;reactivate' {
            break
        }
        'ws;users;help;lock' {
            break
        }
        'ws;users;help;unlock' {
            break
        }
        'ws;users;help;delete' {
            break
        }
        'ws;users;help;set-password' {
            break
        }
        'ws;users;help;export' {
            break
        }
        'ws;users;help;import' {
            break
        }
        'ws;users;help;help' {
            break
        }
        'ws;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The tenant file (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The tenant file (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Users applied at the same time')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write the per-item report to FILE (CSV if it ends in .csv, else JSON lines)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the differences; make no write call (what `ws plan` does)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove projects, roles, grants and human users of the listed organizations that the file does not list')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The tenant file (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The tenant file (YAML or JSON), or - for stdin')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Users applied at the same time')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write the per-item report to FILE (CSV if it ends in .csv, else JSON lines)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the differences; make no write call (what `ws plan` does)')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also remove projects, roles, grants and human users of the listed organizations that the file does not list')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machine users (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one machine user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine user in --org')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a machine user''s name, description or token type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a machine user')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Keys for the JWT-profile (jwt-bearer) grant')
            [CompletionResult]::new('pats', 'pats', [CompletionResultType]::ParameterValue, 'Personal access tokens')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'The client secret (client credentials grant)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;machine-users;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items whose name (users: username, email or display name) contains TEXT, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (default: the username)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--token-type', '--token-type', [CompletionResultType]::ParameterName, 'Access token type')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
            [CompletionResult]::new('--token-type', '--token-type', [CompletionResultType]::ParameterName, 'New access token type')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;keys' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a key (the server generates the pair unless --public-key is given)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a machine user''s keys')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;machine-users;keys;add' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Where to write the generated JSON key file (mode 0600)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Where to write the generated JSON key file (mode 0600)')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Upload this RSA public key (PEM) instead; no key file is written')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Expiry (RFC 3339, e.g. 2027-01-01T00:00:00Z); default never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;keys;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;keys;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;keys;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a key (the server generates the pair unless --public-key is given)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a machine user''s keys')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;machine-users;keys;help;add' {
            break
        }
        'ws;machine-users;keys;help;ls' {
            break
        }
        'ws;machine-users;keys;help;rm' {
            break
        }
        'ws;machine-users;keys;help;help' {
            break
        }
        'ws;machine-users;pats' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a token and print it (shown only this once)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a machine user''s tokens (ids and dates)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove (revoke) a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;machine-users;pats;add' {
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Expiry (RFC 3339); default never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;pats;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;pats;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;pats;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a token and print it (shown only this once)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a machine user''s tokens (ids and dates)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove (revoke) a token')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;machine-users;pats;help;add' {
            break
        }
        'ws;machine-users;pats;help;ls' {
            break
        }
        'ws;machine-users;pats;help;rm' {
            break
        }
        'ws;machine-users;pats;help;help' {
            break
        }
        'ws;machine-users;secret' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a new client secret (replacing any old one) and print it once')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove the client secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;machine-users;secret;generate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;secret;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;machine-users;secret;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a new client secret (replacing any old one) and print it once')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove the client secret')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;machine-users;secret;help;generate' {
            break
        }
        'ws;machine-users;secret;help;rm' {
            break
        }
        'ws;machine-users;secret;help;help' {
            break
        }
        'ws;machine-users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machine users (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one machine user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine user in --org')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a machine user''s name, description or token type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a machine user')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Keys for the JWT-profile (jwt-bearer) grant')
            [CompletionResult]::new('pats', 'pats', [CompletionResultType]::ParameterValue, 'Personal access tokens')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'The client secret (client credentials grant)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;machine-users;help;list' {
            break
        }
        'ws;machine-users;help;get' {
            break
        }
        'ws;machine-users;help;create' {
            break
        }
        'ws;machine-users;help;update' {
            break
        }
        'ws;machine-users;help;delete' {
            break
        }
        'ws;machine-users;help;keys' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a key (the server generates the pair unless --public-key is given)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a machine user''s keys')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a key')
            break
        }
        'ws;machine-users;help;keys;add' {
            break
        }
        'ws;machine-users;help;keys;ls' {
            break
        }
        'ws;machine-users;help;keys;rm' {
            break
        }
        'ws;machine-users;help;pats' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a token and print it (shown only this once)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a machine user''s tokens (ids and dates)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove (revoke) a token')
            break
        }
        'ws;machine-users;help;pats;add' {
            break
        }
        'ws;machine-users;help;pats;ls' {
            break
        }
        'ws;machine-users;help;pats;rm' {
            break
        }
        'ws;machine-users;help;secret' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a new client secret (replacing any old one) and print it once')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove the client secret')
            break
        }
        'ws;machine-users;help;secret;generate' {
            break
        }
        'ws;machine-users;help;secret;rm' {
            break
        }
        'ws;machine-users;help;help' {
            break
        }
        'ws;projects' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project in --org')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project (its roles, grants and authorizations too)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;projects;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items whose name (users: username, email or display name) contains TEXT, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;projects;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;projects;create' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;projects;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;projects;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project in --org')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project (its roles, grants and authorizations too)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;projects;help;list' {
            break
        }
        'ws;projects;help;get' {
            break
        }
        'ws;projects;help;create' {
            break
        }
        'ws;projects;help;delete' {
            break
        }
        'ws;projects;help;help' {
            break
        }
        'ws;roles' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a project''s roles')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a role to a project')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role (also from grants and authorizations)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;roles;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items whose name (users: username, email or display name) contains TEXT, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;roles;add' {
            [CompletionResult]::new('--display-name', '--display-name', [CompletionResultType]::ParameterName, 'Display name (default: the key)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Group the role belongs to')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;roles;remove' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;roles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a project''s roles')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a role to a project')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role (also from grants and authorizations)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;roles;help;list' {
            break
        }
        'ws;roles;help;add' {
            break
        }
        'ws;roles;help;remove' {
            break
        }
        'ws;roles;help;help' {
            break
        }
        'ws;apps' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List applications (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an OIDC (default) or API application in a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an application''s name or configuration')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an application (its client stops working at once)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Generate a new client secret (replacing the old one) and print it once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;apps;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items whose name (users: username, email or display name) contains TEXT, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;apps;get' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;apps;create' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Choose the id (it is also the client id); generated when absent')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Client kind')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Allowed redirect URI (repeat for more; on update replaces the list)')
            [CompletionResult]::new('--post-logout-uri', '--post-logout-uri', [CompletionResultType]::ParameterName, 'Allowed post-logout redirect URI (repeat for more; on update replaces the list)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Allowed grant type (repeat for more; default authorization-code)')
            [CompletionResult]::new('--response-type', '--response-type', [CompletionResultType]::ParameterName, 'Allowed response type (repeat for more; default code)')
            [CompletionResult]::new('--auth-method', '--auth-method', [CompletionResultType]::ParameterName, 'Client authentication at the token endpoint (default basic)')
            [CompletionResult]::new('--dev-mode', '--dev-mode', [CompletionResultType]::ParameterName, 'Development mode: relaxed redirect URI rules (true or false)')
            [CompletionResult]::new('--token-type', '--token-type', [CompletionResultType]::ParameterName, 'Access token kind (default bearer)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'An API (resource server) app instead of an OIDC client; takes --auth-method basic or private-key-jwt only')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;apps;update' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Client kind')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Allowed redirect URI (repeat for more; on update replaces the list)')
            [CompletionResult]::new('--post-logout-uri', '--post-logout-uri', [CompletionResultType]::ParameterName, 'Allowed post-logout redirect URI (repeat for more; on update replaces the list)')
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Allowed grant type (repeat for more; default authorization-code)')
            [CompletionResult]::new('--response-type', '--response-type', [CompletionResultType]::ParameterName, 'Allowed response type (repeat for more; default code)')
            [CompletionResult]::new('--auth-method', '--auth-method', [CompletionResultType]::ParameterName, 'Client authentication at the token endpoint (default basic)')
            [CompletionResult]::new('--dev-mode', '--dev-mode', [CompletionResultType]::ParameterName, 'Development mode: relaxed redirect URI rules (true or false)')
            [CompletionResult]::new('--token-type', '--token-type', [CompletionResultType]::ParameterName, 'Access token kind (default bearer)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;apps;rm' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;apps;secret' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;apps;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List applications (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an OIDC (default) or API application in a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an application''s name or configuration')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an application (its client stops working at once)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Generate a new client secret (replacing the old one) and print it once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;apps;help;list' {
            break
        }
        'ws;apps;help;get' {
            break
        }
        'ws;apps;help;create' {
            break
        }
        'ws;apps;help;update' {
            break
        }
        'ws;apps;help;rm' {
            break
        }
        'ws;apps;help;secret' {
            break
        }
        'ws;apps;help;help' {
            break
        }
        'ws;grants' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List project grants (all pages)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a project to another organization')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the roles of a project grant')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a project grant (and the authorizations made under it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;grants;list' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only grants of this project (id or name)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;grants;create' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--granted-org', '--granted-org', [CompletionResultType]::ParameterName, 'The organization that receives the grant (id, name or domain)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role key of the project to grant; repeatable')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;grants;update' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--granted-org', '--granted-org', [CompletionResultType]::ParameterName, 'The organization holding the grant (id, name or domain)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role keys the grant keeps; repeatable (roles not listed are revoked)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;grants;delete' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--granted-org', '--granted-org', [CompletionResultType]::ParameterName, 'The organization holding the grant (id, name or domain)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;grants;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List project grants (all pages)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a project to another organization')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the roles of a project grant')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a project grant (and the authorizations made under it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;grants;help;list' {
            break
        }
        'ws;grants;help;create' {
            break
        }
        'ws;grants;help;update' {
            break
        }
        'ws;grants;help;delete' {
            break
        }
        'ws;grants;help;help' {
            break
        }
        'ws;authz' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizations (all pages)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Give a user roles on a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the roles of an authorization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an authorization by id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;authz;list' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'Only on this project (id or name)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only of this user (id, username, login name or email)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;authz;create' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (id, username, login name or email; --org narrows a name)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project (id or name)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role key; repeatable')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;authz;update' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Instead of an id: the user (id, username, login name or email)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'With --user: the project (id or name)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role keys it keeps; repeatable (roles not listed are revoked)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;authz;delete' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;authz;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizations (all pages)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Give a user roles on a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the roles of an authorization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an authorization by id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;authz;help;list' {
            break
        }
        'ws;authz;help;create' {
            break
        }
        'ws;authz;help;update' {
            break
        }
        'ws;authz;help;delete' {
            break
        }
        'ws;authz;help;help' {
            break
        }
        'ws;admins' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'On this project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'On the whole instance')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List administrators (of one resource when given)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user manager roles on a resource')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take all manager roles on a resource from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;admins;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items whose name (users: username, email or display name) contains TEXT, any case')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N items (all pages are fetched otherwise)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'On this project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'On the whole instance')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;admins;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A manager role (ORG_OWNER, ORG_USER_MANAGER, PROJECT_OWNER, IAM_OWNER, …); repeatable')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'On this project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'On the whole instance')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;admins;remove' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'On this project (id or name)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'On the whole instance')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;admins;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List administrators (of one resource when given)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user manager roles on a resource')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take all manager roles on a resource from a user')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;admins;help;list' {
            break
        }
        'ws;admins;help;add' {
            break
        }
        'ws;admins;help;remove' {
            break
        }
        'ws;admins;help;help' {
            break
        }
        'ws;docs' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List your docs and the docs shared with you, most recently changed first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your docs and the docs shared with you, most recently changed first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search titles and bodies of the docs you can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one doc')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a doc')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a doc in $VISUAL or $EDITOR')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a doc''s title or body')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a doc with its history and comments (permanent)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a doc with its history and comments (permanent)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a doc''s versions, newest first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make an old version the current one (as a new version)')
            [CompletionResult]::new('comments', 'comments', [CompletionResultType]::ParameterValue, 'List a doc''s comment threads')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Comment on a doc, or reply in a thread')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve (or reopen) a comment thread')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a doc as Markdown, HTML or plain text')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;docs;ls' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N docs (all pages are fetched otherwise)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N docs (all pages are fetched otherwise)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;search' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N hits')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;get' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Show the doc as it was at version N (see `ws docs history`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'Print only the Markdown body, as is')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;create' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title (1–200 characters, one line)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the Markdown body from FILE, or from stdin with `-`; empty otherwise')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;edit' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;update' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Replace the body with FILE''s content, or stdin''s with `-`')
            [CompletionResult]::new('--if-version', '--if-version', [CompletionResultType]::ParameterName, 'Only if the doc is still at version N (else exit 6, nothing written)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;rm' {
            [CompletionResult]::new('--if-version', '--if-version', [CompletionResultType]::ParameterName, 'Only if the doc is still at version N (else exit 6, nothing deleted)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;delete' {
            [CompletionResult]::new('--if-version', '--if-version', [CompletionResultType]::ParameterName, 'Only if the doc is still at version N (else exit 6, nothing deleted)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;history' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Stop after N versions')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;restore' {
            [CompletionResult]::new('--if-version', '--if-version', [CompletionResultType]::ParameterName, 'Only if the doc is still at version N (else exit 6, nothing written)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;comments' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Leave out resolved threads')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;comment' {
            [CompletionResult]::new('--quote', '--quote', [CompletionResultType]::ParameterName, 'The passage of the doc the new thread is about')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Reply in the thread of this comment instead of opening a new one')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;resolve' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--reopen', '--reopen', [CompletionResultType]::ParameterName, 'Reopen a resolved thread instead')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write to PATH instead of stdout (`-` is stdout)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--save', '--save', [CompletionResultType]::ParameterName, 'Write to the file name the server suggests, in the current directory')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;docs;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List your docs and the docs shared with you, most recently changed first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search titles and bodies of the docs you can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one doc')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a doc')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a doc in $VISUAL or $EDITOR')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a doc''s title or body')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a doc with its history and comments (permanent)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a doc''s versions, newest first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make an old version the current one (as a new version)')
            [CompletionResult]::new('comments', 'comments', [CompletionResultType]::ParameterValue, 'List a doc''s comment threads')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Comment on a doc, or reply in a thread')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve (or reopen) a comment thread')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a doc as Markdown, HTML or plain text')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;docs;help;ls' {
            break
        }
        'ws;docs;help;search' {
            break
        }
        'ws;docs;help;get' {
            break
        }
        'ws;docs;help;create' {
            break
        }
        'ws;docs;help;edit' {
            break
        }
        'ws;docs;help;update' {
            break
        }
        'ws;docs;help;rm' {
            break
        }
        'ws;docs;help;history' {
            break
        }
        'ws;docs;help;restore' {
            break
        }
        'ws;docs;help;comments' {
            break
        }
        'ws;docs;help;comment' {
            break
        }
        'ws;docs;help;resolve' {
            break
        }
        'ws;docs;help;export' {
            break
        }
        'ws;docs;help;help' {
            break
        }
        'ws;share' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the shares of a resource')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Share a resource with a user, an organization or a link (again: change the role)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print the URL of a doc''s, file''s or calendar''s link shares')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a share: by its id, or a resource''s share with a user or org')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;share;ls' {
            [CompletionResult]::new('--doc', '--doc', [CompletionResultType]::ParameterName, 'A doc, by id or exact title')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'A calendar, by id or name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;share;add' {
            [CompletionResult]::new('--doc', '--doc', [CompletionResultType]::ParameterName, 'A doc, by id or exact title')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'A calendar, by id or name')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Share with this user: email, username, user@org-domain or user id')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Share with every member of this organization: its name or id')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role to give')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Links only: when the link stops working, a duration from now (7d, 12h) or a date or time (2026-12-31, "2026-12-31 18:00", RFC 3339)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Create a link that gives the role to anyone holding it (viewer or commenter)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;share;link' {
            [CompletionResult]::new('--doc', '--doc', [CompletionResultType]::ParameterName, 'A doc, by id or exact title')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'A calendar, by id or name')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;share;rm' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Remove the resource''s share with this user (email, username or id)')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Remove the resource''s share with this organization (name or id)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;share;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the shares of a resource')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Share a resource with a user, an organization or a link (again: change the role)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print the URL of a doc''s, file''s or calendar''s link shares')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a share: by its id, or a resource''s share with a user or org')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;share;help;ls' {
            break
        }
        'ws;share;help;add' {
            break
        }
        'ws;share;help;link' {
            break
        }
        'ws;share;help;rm' {
            break
        }
        'ws;share;help;help' {
            break
        }
        'ws;audit' {
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Only entries of this user (login name, email or user id)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action, or every action with this prefix when it ends in ''.'' (docs.)')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only this target (kind:id, e.g. doc:2839472398)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after this time: RFC 3339, or a duration ago (15m, 2h, 7days)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only entries before this time: RFC 3339, or a duration ago')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the newest N entries, still printed oldest first (listing only)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep printing entries as they are recorded (until interrupted)')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep printing entries as they are recorded (until interrupted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List your calendars and those shared with you')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a calendar')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a calendar (not your personal one)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Show the events of a date range')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an event, or one occurrence of a series')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel (delete) an event, or one occurrence of a series')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite users to an event')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Answer an invitation')
            [CompletionResult]::new('freebusy', 'freebusy', [CompletionResultType]::ParameterValue, 'Show when users are busy')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an iCalendar (.ics) file into a calendar')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a calendar as an iCalendar (.ics) file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;cal;ls' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;create' {
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Default time zone of its events (IANA name; default: --tz, $TZ or the system''s)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--org-role', '--org-role', [CompletionResultType]::ParameterName, 'Share it with your whole organization (an org calendar)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;events' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day or time (default: today)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End, exclusive (default: a week after --from)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone to show and read times in (default: $TZ, else the system''s)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;add' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: "2026-12-01 10:00" (in --tz), RFC 3339, or a date with --all-day')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End (exclusive), same forms as --start')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Length instead of --end: 30m, 1h 30m, 2d')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone of the times (default: $TZ, else the system''s)')
            [CompletionResult]::new('--rrule', '--rrule', [CompletionResultType]::ParameterName, 'Recurrence rule (RFC 5545), e.g. "FREQ=WEEKLY;BYDAY=MO"')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'Users to invite (ids or usernames), comma separated')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--all-day', '--all-day', [CompletionResultType]::ParameterName, 'Whole days (--start/--end are dates; --end defaults to the next day)')
            [CompletionResult]::new('--free', '--free', [CompletionResultType]::ParameterName, 'Do not count as busy time')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;update' {
            [CompletionResult]::new('--occurrence', '--occurrence', [CompletionResultType]::ParameterName, 'Only this occurrence (its original_start, as `ws cal events` lists it)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'New title')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start: "2026-12-01 10:00" (in --tz), RFC 3339, or a date with --all-day')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'End (exclusive), same forms as --start')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Length instead of --end: 30m, 1h 30m, 2d')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone of the times (default: $TZ, else the system''s)')
            [CompletionResult]::new('--rrule', '--rrule', [CompletionResultType]::ParameterName, 'New recurrence rule ("" ends the recurrence)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'New location')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--all-day', '--all-day', [CompletionResultType]::ParameterName, 'Whole days (--start/--end are dates; --end defaults to the next day)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;cancel' {
            [CompletionResult]::new('--occurrence', '--occurrence', [CompletionResultType]::ParameterName, 'Only this occurrence (its original_start)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;invite' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;respond' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;freebusy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day or time (default: today)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End, exclusive (default: a week after --from)')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'Time zone to show and read times in')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;import' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;export' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout (- is stdout too)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;cal;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List your calendars and those shared with you')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a calendar')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a calendar (not your personal one)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Show the events of a date range')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an event, or one occurrence of a series')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel (delete) an event, or one occurrence of a series')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite users to an event')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Answer an invitation')
            [CompletionResult]::new('freebusy', 'freebusy', [CompletionResultType]::ParameterValue, 'Show when users are busy')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an iCalendar (.ics) file into a calendar')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a calendar as an iCalendar (.ics) file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;cal;help;ls' {
            break
        }
        'ws;cal;help;create' {
            break
        }
        'ws;cal;help;rm' {
            break
        }
        'ws;cal;help;events' {
            break
        }
        'ws;cal;help;add' {
            break
        }
        'ws;cal;help;update' {
            break
        }
        'ws;cal;help;cancel' {
            break
        }
        'ws;cal;help;invite' {
            break
        }
        'ws;cal;help;respond' {
            break
        }
        'ws;cal;help;freebusy' {
            break
        }
        'ws;cal;help;import' {
            break
        }
        'ws;cal;help;export' {
            break
        }
        'ws;cal;help;help' {
            break
        }
        'ws;dashboard' {
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Seconds between live refreshes of the current view')
            [CompletionResult]::new('--keymap', '--keymap', [CompletionResultType]::ParameterName, 'Key bindings file (default: keymap.toml beside the config file)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--readonly', '--readonly', [CompletionResultType]::ParameterName, 'Disable every write action (create, lock, reset password, grants, …)')
            [CompletionResult]::new('--mouse', '--mouse', [CompletionResultType]::ParameterName, 'Capture the mouse (wheel scrolls, a click selects a row or a view)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a folder (My Drive by default), the trash, shared items or a search')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Show a folder and everything below it')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one item, or the organization''s quota without a path')
            [CompletionResult]::new('mkdir', 'mkdir', [CompletionResultType]::ParameterValue, 'Create a folder')
            [CompletionResult]::new('mv', 'mv', [CompletionResultType]::ParameterValue, 'Move and/or rename an item')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy a file, or a folder and everything in it (--recursive)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Move items to the trash (or delete them for good with --permanent)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Take items out of the trash')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files or folders (or stdin with `-`)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download files or folders (or to stdout with `-`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;drive;ls' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Your items whose name contains TEXT')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--shared', '--shared', [CompletionResultType]::ParameterName, 'Items others shared with you')
            [CompletionResult]::new('--trash', '--trash', [CompletionResultType]::ParameterName, 'Your trash')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;tree' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;info' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;mkdir' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Create missing parent folders too, and succeed if the folder exists')
            [CompletionResult]::new('--parents', '--parents', [CompletionResultType]::ParameterName, 'Create missing parent folders too, and succeed if the folder exists')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;mv' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;cp' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Copy a folder and everything in it')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Copy a folder and everything in it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;rm' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('--permanent', '--permanent', [CompletionResultType]::ParameterName, 'Delete for good instead of moving to the trash (owners only)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (for scripts; without a terminal it is required)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;restore' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;upload' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name on the drive (default: the local name; required for stdin)')
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Files transferred at once')
            [CompletionResult]::new('--chunk-size', '--chunk-size', [CompletionResultType]::ParameterName, 'Bytes per upload request')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Upload a folder and everything in it')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Upload a folder and everything in it')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace files of the same name that differ (otherwise they are a conflict)')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Replace files of the same name that differ (otherwise they are a conflict)')
            [CompletionResult]::new('--follow-links', '--follow-links', [CompletionResultType]::ParameterName, 'Upload what symbolic links point to (by default they are skipped, and said so)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;download' {
            [CompletionResult]::new('--parallel', '--parallel', [CompletionResultType]::ParameterName, 'Files transferred at once')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Download a folder and everything in it')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Download a folder and everything in it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;drive;help' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a folder (My Drive by default), the trash, shared items or a search')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Show a folder and everything below it')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one item, or the organization''s quota without a path')
            [CompletionResult]::new('mkdir', 'mkdir', [CompletionResultType]::ParameterValue, 'Create a folder')
            [CompletionResult]::new('mv', 'mv', [CompletionResultType]::ParameterValue, 'Move and/or rename an item')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy a file, or a folder and everything in it (--recursive)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Move items to the trash (or delete them for good with --permanent)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Take items out of the trash')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files or folders (or stdin with `-`)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download files or folders (or to stdout with `-`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;drive;help;ls' {
            break
        }
        'ws;drive;help;tree' {
            break
        }
        'ws;drive;help;info' {
            break
        }
        'ws;drive;help;mkdir' {
            break
        }
        'ws;drive;help;mv' {
            break
        }
        'ws;drive;help;cp' {
            break
        }
        'ws;drive;help;rm' {
            break
        }
        'ws;drive;help;restore' {
            break
        }
        'ws;drive;help;upload' {
            break
        }
        'ws;drive;help;download' {
            break
        }
        'ws;drive;help;help' {
            break
        }
        'ws;doctor' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;generate-assets' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'OIDC issuer URL [env: WS_ISSUER]')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'Workspace API URL [env: WS_API_URL]')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organization id to act in [env: WS_ORG]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [env: WS_OUTPUT]')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Only these fields, comma-separated (dotted paths reach into objects: org.id)')
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where tokens are stored [env: WS_TOKEN_STORE]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ws;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in and out, show and renew the session')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in (same as `ws auth login`)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out (same as `ws auth logout`)')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show who the current token belongs to')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, show, select and edit profiles')
            [CompletionResult]::new('orgs', 'orgs', [CompletionResultType]::ParameterValue, 'Manage organizations')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Manage users')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Bring orgs, projects, roles, grants, users and authorizations to a file''s state')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what `ws apply -f FILE` would change (no write call)')
            [CompletionResult]::new('machine-users', 'machine-users', [CompletionResultType]::ParameterValue, 'Manage machine users (service accounts), their keys, tokens and secrets')
            [CompletionResult]::new('projects', 'projects', [CompletionResultType]::ParameterValue, 'Manage projects')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Manage project roles')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'Manage applications (OIDC clients and APIs) of projects')
            [CompletionResult]::new('grants', 'grants', [CompletionResultType]::ParameterValue, 'Manage project grants (projects shared with other organizations)')
            [CompletionResult]::new('authz', 'authz', [CompletionResultType]::ParameterValue, 'Manage authorizations (users'' roles on projects)')
            [CompletionResult]::new('admins', 'admins', [CompletionResultType]::ParameterValue, 'Manage administrators (manager roles on the instance, orgs and projects)')
            [CompletionResult]::new('docs', 'docs', [CompletionResultType]::ParameterValue, 'Work with docs (Markdown documents, their history, comments and exports)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Share docs, folders, files and calendars with users, organizations or links')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show or follow the workspace audit log')
            [CompletionResult]::new('cal', 'cal', [CompletionResultType]::ParameterValue, 'Calendars and events: date ranges, invitations, free/busy, .ics files')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Open the interactive terminal dashboard')
            [CompletionResult]::new('drive', 'drive', [CompletionResultType]::ParameterValue, 'Files and folders in the workspace drive: transfers, listing, trash')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check config, token store, issuer, clock skew and the workspace API')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('generate-assets', 'generate-assets', [CompletionResultType]::ParameterValue, 'Write completion scripts and man pages (for packaging; used to refresh the repository copies)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ws;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: browser (PKCE), device code, or machine credentials')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show who is signed in, which org and roles, where the token is stored and when it expires')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token (for scripts); renews it first when it is about to expire')
            [CompletionResult]::new('refresh', 'refresh', [CompletionResultType]::ParameterValue, 'Renew the access token now')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the tokens at the issuer and delete them locally')
            break
        }
        'ws;help;auth;login' {
            break
        }
        'ws;help;auth;status' {
            break
        }
        'ws;help;auth;token' {
            break
        }
        'ws;help;auth;refresh' {
            break
        }
        'ws;help;auth;logout' {
            break
        }
        'ws;help;login' {
            break
        }
        'ws;help;logout' {
            break
        }
        'ws;help;whoami' {
            break
        }
        'ws;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the profiles of the config file')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the default')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create a profile or change its settings')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a profile (its stored tokens too)')
            break
        }
        'ws;help;profile;list' {
            break
        }
        'ws;help;profile;show' {
            break
        }
        'ws;help;profile;use' {
            break
        }
        'ws;help;profile;set' {
            break
        }
        'ws;help;profile;delete' {
            break
        }
        'ws;help;orgs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organizations (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one organization')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an organization')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename an organization')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an organization (its users cannot sign in)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate a deactivated organization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an organization with everything in it')
            break
        }
        'ws;help;orgs;list' {
            break
        }
        'ws;help;orgs;get' {
            break
        }
        'ws;help;orgs;create' {
            break
        }
        'ws;help;orgs;update' {
            break
        }
        'ws;help;orgs;deactivate' {
            break
        }
        'ws;help;orgs;activate' {
            break
        }
        'ws;help;orgs;delete' {
            break
        }
        'ws;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a human (or, with --machine, a machine) user')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s username, profile or email')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a user (cannot sign in until reactivated)')
            [CompletionResult]::new('reactivate', 'reactivate', [CompletionResultType]::ParameterValue, 'Reactivate a deactivated user')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock a user')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock a locked user')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user')
            [CompletionResult]::new('set-password', 'set-password', [CompletionResultType]::ParameterValue, 'Set a human user''s password (read from stdin)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users from a CSV, JSON, JSON lines or YAML file')
            break
        }
        'ws;help;users;list' {
            break
        }
        'ws;help;users;get' {
            break
        }
        'ws;help;users;create' {
            break
        }
        'ws;help;users;update' {
            break
        }
        'ws;help;users;deactivate' {
            break
        }
        'ws;help;users;reactivate' {
            break
        }
        'ws;help;users;lock' {
            break
        }
        'ws;help;users;unlock' {
            break
        }
        'ws;help;users;delete' {
            break
        }
        'ws;help;users;set-password' {
            break
        }
        'ws;help;users;export' {
            break
        }
        'ws;help;users;import' {
            break
        }
        'ws;help;apply' {
            break
        }
        'ws;help;plan' {
            break
        }
        'ws;help;machine-users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List machine users (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one machine user')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a machine user in --org')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a machine user''s name, description or token type')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a machine user')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Keys for the JWT-profile (jwt-bearer) grant')
            [CompletionResult]::new('pats', 'pats', [CompletionResultType]::ParameterValue, 'Personal access tokens')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'The client secret (client credentials grant)')
            break
        }
        'ws;help;machine-users;list' {
            break
        }
        'ws;help;machine-users;get' {
            break
        }
        'ws;help;machine-users;create' {
            break
        }
        'ws;help;machine-users;update' {
            break
        }
        'ws;help;machine-users;delete' {
            break
        }
        'ws;help;machine-users;keys' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a key (the server generates the pair unless --public-key is given)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a machine user''s keys')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a key')
            break
        }
        'ws;help;machine-users;keys;add' {
            break
        }
        'ws;help;machine-users;keys;ls' {
            break
        }
        'ws;help;machine-users;keys;rm' {
            break
        }
        'ws;help;machine-users;pats' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a token and print it (shown only this once)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a machine user''s tokens (ids and dates)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove (revoke) a token')
            break
        }
        'ws;help;machine-users;pats;add' {
            break
        }
        'ws;help;machine-users;pats;ls' {
            break
        }
        'ws;help;machine-users;pats;rm' {
            break
        }
        'ws;help;machine-users;secret' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a new client secret (replacing any old one) and print it once')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove the client secret')
            break
        }
        'ws;help;machine-users;secret;generate' {
            break
        }
        'ws;help;machine-users;secret;rm' {
            break
        }
        'ws;help;projects' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one project')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a project in --org')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a project (its roles, grants and authorizations too)')
            break
        }
        'ws;help;projects;list' {
            break
        }
        'ws;help;projects;get' {
            break
        }
        'ws;help;projects;create' {
            break
        }
        'ws;help;projects;delete' {
            break
        }
        'ws;help;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a project''s roles')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a role to a project')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a role (also from grants and authorizations)')
            break
        }
        'ws;help;roles;list' {
            break
        }
        'ws;help;roles;add' {
            break
        }
        'ws;help;roles;remove' {
            break
        }
        'ws;help;apps' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List applications (all pages)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one application')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an OIDC (default) or API application in a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an application''s name or configuration')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an application (its client stops working at once)')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Generate a new client secret (replacing the old one) and print it once')
            break
        }
        'ws;help;apps;list' {
            break
        }
        'ws;help;apps;get' {
            break
        }
        'ws;help;apps;create' {
            break
        }
        'ws;help;apps;update' {
            break
        }
        'ws;help;apps;rm' {
            break
        }
        'ws;help;apps;secret' {
            break
        }
        'ws;help;grants' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List project grants (all pages)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Grant a project to another organization')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the roles of a project grant')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a project grant (and the authorizations made under it)')
            break
        }
        'ws;help;grants;list' {
            break
        }
        'ws;help;grants;create' {
            break
        }
        'ws;help;grants;update' {
            break
        }
        'ws;help;grants;delete' {
            break
        }
        'ws;help;authz' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorizations (all pages)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Give a user roles on a project')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Replace the roles of an authorization')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an authorization by id')
            break
        }
        'ws;help;authz;list' {
            break
        }
        'ws;help;authz;create' {
            break
        }
        'ws;help;authz;update' {
            break
        }
        'ws;help;authz;delete' {
            break
        }
        'ws;help;admins' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List administrators (of one resource when given)')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Give a user manager roles on a resource')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Take all manager roles on a resource from a user')
            break
        }
        'ws;help;admins;list' {
            break
        }
        'ws;help;admins;add' {
            break
        }
        'ws;help;admins;remove' {
            break
        }
        'ws;help;docs' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List your docs and the docs shared with you, most recently changed first')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search titles and bodies of the docs you can see')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one doc')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a doc')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a doc in $VISUAL or $EDITOR')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a doc''s title or body')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a doc with its history and comments (permanent)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a doc''s versions, newest first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Make an old version the current one (as a new version)')
            [CompletionResult]::new('comments', 'comments', [CompletionResultType]::ParameterValue, 'List a doc''s comment threads')
            [CompletionResult]::new('comment', 'comment', [CompletionResultType]::ParameterValue, 'Comment on a doc, or reply in a thread')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve (or reopen) a comment thread')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a doc as Markdown, HTML or plain text')
            break
        }
        'ws;help;docs;ls' {
            break
        }
        'ws;help;docs;search' {
            break
        }
        'ws;help;docs;get' {
            break
        }
        'ws;help;docs;create' {
            break
        }
        'ws;help;docs;edit' {
            break
        }
        'ws;help;docs;update' {
            break
        }
        'ws;help;docs;rm' {
            break
        }
        'ws;help;docs;history' {
            break
        }
        'ws;help;docs;restore' {
            break
        }
        'ws;help;docs;comments' {
            break
        }
        'ws;help;docs;comment' {
            break
        }
        'ws;help;docs;resolve' {
            break
        }
        'ws;help;docs;export' {
            break
        }
        'ws;help;share' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the shares of a resource')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Share a resource with a user, an organization or a link (again: change the role)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Print the URL of a doc''s, file''s or calendar''s link shares')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Remove a share: by its id, or a resource''s share with a user or org')
            break
        }
        'ws;help;share;ls' {
            break
        }
        'ws;help;share;add' {
            break
        }
        'ws;help;share;link' {
            break
        }
        'ws;help;share;rm' {
            break
        }
        'ws;help;audit' {
            break
        }
        'ws;help;cal' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List your calendars and those shared with you')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a calendar')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete a calendar (not your personal one)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Show the events of a date range')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an event')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an event, or one occurrence of a series')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel (delete) an event, or one occurrence of a series')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite users to an event')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Answer an invitation')
            [CompletionResult]::new('freebusy', 'freebusy', [CompletionResultType]::ParameterValue, 'Show when users are busy')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import an iCalendar (.ics) file into a calendar')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export a calendar as an iCalendar (.ics) file')
            break
        }
        'ws;help;cal;ls' {
            break
        }
        'ws;help;cal;create' {
            break
        }
        'ws;help;cal;rm' {
            break
        }
        'ws;help;cal;events' {
            break
        }
        'ws;help;cal;add' {
            break
        }
        'ws;help;cal;update' {
            break
        }
        'ws;help;cal;cancel' {
            break
        }
        'ws;help;cal;invite' {
            break
        }
        'ws;help;cal;respond' {
            break
        }
        'ws;help;cal;freebusy' {
            break
        }
        'ws;help;cal;import' {
            break
        }
        'ws;help;cal;export' {
            break
        }
        'ws;help;dashboard' {
            break
        }
        'ws;help;drive' {
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a folder (My Drive by default), the trash, shared items or a search')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'Show a folder and everything below it')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one item, or the organization''s quota without a path')
            [CompletionResult]::new('mkdir', 'mkdir', [CompletionResultType]::ParameterValue, 'Create a folder')
            [CompletionResult]::new('mv', 'mv', [CompletionResultType]::ParameterValue, 'Move and/or rename an item')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy a file, or a folder and everything in it (--recursive)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Move items to the trash (or delete them for good with --permanent)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Take items out of the trash')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files or folders (or stdin with `-`)')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download files or folders (or to stdout with `-`)')
            break
        }
        'ws;help;drive;ls' {
            break
        }
        'ws;help;drive;tree' {
            break
        }
        'ws;help;drive;info' {
            break
        }
        'ws;help;drive;mkdir' {
            break
        }
        'ws;help;drive;mv' {
            break
        }
        'ws;help;drive;cp' {
            break
        }
        'ws;help;drive;rm' {
            break
        }
        'ws;help;drive;restore' {
            break
        }
        'ws;help;drive;upload' {
            break
        }
        'ws;help;drive;download' {
            break
        }
        'ws;help;doctor' {
            break
        }
        'ws;help;completions' {
            break
        }
        'ws;help;generate-assets' {
            break
        }
        'ws;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
