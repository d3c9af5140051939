
use builtin;
use str;

set edit:completion:arg-completer[ws] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ws'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ws'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand auth 'Sign in and out, show and renew the session'
            cand login 'Sign in (same as `ws auth login`)'
            cand logout 'Sign out (same as `ws auth logout`)'
            cand whoami 'Show who the current token belongs to'
            cand profile 'List, show, select and edit profiles'
            cand orgs 'Manage organizations'
            cand users 'Manage users'
            cand apply 'Bring orgs, projects, roles, grants, users and authorizations to a file''s state'
            cand plan 'Show what `ws apply -f FILE` would change (no write call)'
            cand machine-users 'Manage machine users (service accounts), their keys, tokens and secrets'
            cand projects 'Manage projects'
            cand roles 'Manage project roles'
            cand apps 'Manage applications (OIDC clients and APIs) of projects'
            cand grants 'Manage project grants (projects shared with other organizations)'
            cand authz 'Manage authorizations (users'' roles on projects)'
            cand admins 'Manage administrators (manager roles on the instance, orgs and projects)'
            cand docs 'Work with docs (Markdown documents, their history, comments and exports)'
            cand share 'Share docs, folders, files and calendars with users, organizations or links'
            cand audit 'Show or follow the workspace audit log'
            cand cal 'Calendars and events: date ranges, invitations, free/busy, .ics files'
            cand dashboard 'Open the interactive terminal dashboard'
            cand drive 'Files and folders in the workspace drive: transfers, listing, trash'
            cand doctor 'Check config, token store, issuer, clock skew and the workspace API'
            cand completions 'Print a shell completion script'
            cand generate-assets 'Write completion scripts and man pages (for packaging; used to refresh the repository copies)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;auth'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand login 'Sign in: browser (PKCE), device code, or machine credentials'
            cand status 'Show who is signed in, which org and roles, where the token is stored and when it expires'
            cand token 'Print the access token (for scripts); renews it first when it is about to expire'
            cand refresh 'Renew the access token now'
            cand logout 'Revoke the tokens at the issuer and delete them locally'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;auth;login'= {
            cand --listen-address 'Loopback address for the browser redirect (default 127.0.0.1 with a random port)'
            cand --timeout 'Give up waiting for the browser or device approval after this many seconds'
            cand --client-secret 'Client secret for --client-credentials (prefer WS_CLIENT_SECRET or stdin: flags are visible to other users)'
            cand --key-file 'Sign in with a ZITADEL service-account JSON key (`-` reads it from stdin)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --web 'Use the browser flow (authorization code + PKCE on a loopback redirect)'
            cand --device 'Use the device flow (a code to approve on any device)'
            cand --no-browser 'Do not launch a browser; only print the URL (stderr)'
            cand --client-credentials 'Sign in as a service account with its client id and secret (secret from --client-secret, WS_CLIENT_SECRET or stdin)'
            cand --with-token 'Read a personal access token from stdin and store it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;auth;status'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;auth;token'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;auth;refresh'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;auth;logout'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;auth;help'= {
            cand login 'Sign in: browser (PKCE), device code, or machine credentials'
            cand status 'Show who is signed in, which org and roles, where the token is stored and when it expires'
            cand token 'Print the access token (for scripts); renews it first when it is about to expire'
            cand refresh 'Renew the access token now'
            cand logout 'Revoke the tokens at the issuer and delete them locally'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;auth;help;login'= {
        }
        &'ws;auth;help;status'= {
        }
        &'ws;auth;help;token'= {
        }
        &'ws;auth;help;refresh'= {
        }
        &'ws;auth;help;logout'= {
        }
        &'ws;auth;help;help'= {
        }
        &'ws;login'= {
            cand --listen-address 'Loopback address for the browser redirect (default 127.0.0.1 with a random port)'
            cand --timeout 'Give up waiting for the browser or device approval after this many seconds'
            cand --client-secret 'Client secret for --client-credentials (prefer WS_CLIENT_SECRET or stdin: flags are visible to other users)'
            cand --key-file 'Sign in with a ZITADEL service-account JSON key (`-` reads it from stdin)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --web 'Use the browser flow (authorization code + PKCE on a loopback redirect)'
            cand --device 'Use the device flow (a code to approve on any device)'
            cand --no-browser 'Do not launch a browser; only print the URL (stderr)'
            cand --client-credentials 'Sign in as a service account with its client id and secret (secret from --client-secret, WS_CLIENT_SECRET or stdin)'
            cand --with-token 'Read a personal access token from stdin and store it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;logout'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;whoami'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;profile'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the profiles of the config file'
            cand show 'Show the settings in force and where each comes from'
            cand use 'Make a profile the default'
            cand set 'Create a profile or change its settings'
            cand delete 'Delete a profile (its stored tokens too)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;profile;list'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;profile;show'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;profile;use'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;profile;set'= {
            cand --unset 'Remove a key'
            cand --bootstrap 'Take issuer, client_id and project_id from a ws-server bootstrap.json'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --default 'Also make this the default profile'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;profile;delete'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;profile;help'= {
            cand list 'List the profiles of the config file'
            cand show 'Show the settings in force and where each comes from'
            cand use 'Make a profile the default'
            cand set 'Create a profile or change its settings'
            cand delete 'Delete a profile (its stored tokens too)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;profile;help;list'= {
        }
        &'ws;profile;help;show'= {
        }
        &'ws;profile;help;use'= {
        }
        &'ws;profile;help;set'= {
        }
        &'ws;profile;help;delete'= {
        }
        &'ws;profile;help;help'= {
        }
        &'ws;orgs'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List organizations (all pages)'
            cand get 'Show one organization'
            cand create 'Create an organization'
            cand update 'Rename an organization'
            cand deactivate 'Deactivate an organization (its users cannot sign in)'
            cand activate 'Activate a deactivated organization'
            cand delete 'Delete an organization with everything in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;orgs;list'= {
            cand --search 'Only items whose name (users: username, email or display name) contains TEXT, any case'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --state 'Only organizations in this state'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;orgs;get'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;orgs;create'= {
            cand --admin 'A user (id, username or login name) who becomes ORG_OWNER; repeatable'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;orgs;update'= {
            cand --name 'The new name'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;orgs;deactivate'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;orgs;activate'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;orgs;delete'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -y 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand --yes 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;orgs;help'= {
            cand list 'List organizations (all pages)'
            cand get 'Show one organization'
            cand create 'Create an organization'
            cand update 'Rename an organization'
            cand deactivate 'Deactivate an organization (its users cannot sign in)'
            cand activate 'Activate a deactivated organization'
            cand delete 'Delete an organization with everything in it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;orgs;help;list'= {
        }
        &'ws;orgs;help;get'= {
        }
        &'ws;orgs;help;create'= {
        }
        &'ws;orgs;help;update'= {
        }
        &'ws;orgs;help;deactivate'= {
        }
        &'ws;orgs;help;activate'= {
        }
        &'ws;orgs;help;delete'= {
        }
        &'ws;orgs;help;help'= {
        }
        &'ws;users'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List users (all pages)'
            cand get 'Show one user'
            cand create 'Create a human (or, with --machine, a machine) user'
            cand update 'Change a user''s username, profile or email'
            cand deactivate 'Deactivate a user (cannot sign in until reactivated)'
            cand reactivate 'Reactivate a deactivated user'
            cand lock 'Lock a user'
            cand unlock 'Unlock a locked user'
            cand delete 'Delete a user'
            cand set-password 'Set a human user''s password (read from stdin)'
            cand export 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back'
            cand import 'Create or update users from a CSV, JSON, JSON lines or YAML file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;users;list'= {
            cand --search 'Only items whose name (users: username, email or display name) contains TEXT, any case'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --state 'Only users in this state'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;get'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;create'= {
            cand --username 'Username (default: the email for humans)'
            cand --email 'Email address (humans)'
            cand --given-name 'Given name (humans)'
            cand --family-name 'Family name (humans)'
            cand --display-name 'Display name (humans; default "Given Family")'
            cand --machine 'Create a machine user with this name instead of a human'
            cand --description 'Machine user description'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --email-verified 'Mark the email as verified (no verification mail)'
            cand --password-stdin 'Read an initial password from the first line of stdin'
            cand --change-required 'The password must be changed at the first sign-in'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;update'= {
            cand --username 'New username'
            cand --given-name 'New given name'
            cand --family-name 'New family name'
            cand --display-name 'New display name'
            cand --email 'New email address'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --email-verified 'Mark the new email as verified'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;deactivate'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;reactivate'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;lock'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;unlock'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;delete'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -y 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand --yes 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;set-password'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --change-required 'The user must change it at the next sign-in'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;export'= {
            cand --search 'Only items whose name (users: username, email or display name) contains TEXT, any case'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --roles 'Add a `roles` column: every authorization as `project:role;…` (one extra list call)'
            cand --metadata 'Add a `metadata.<key>` column per metadata key (one extra call per user)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;import'= {
            cand --on-exists 'What to do when a user exists with different values'
            cand --parallel 'Rows applied at the same time'
            cand --generate-passwords 'Give created users without a password a random one (change required at first sign-in), written only to FILE (mode 0600) as username,org,password'
            cand --report 'Write the per-row report to FILE (CSV if it ends in .csv, else JSON lines)'
            cand --retry-file 'Write the failed rows to FILE, in the input format, for a re-run'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --dry-run 'Show what would happen (create/update/unchanged/skip per row); only read calls'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;users;help'= {
            cand list 'List users (all pages)'
            cand get 'Show one user'
            cand create 'Create a human (or, with --machine, a machine) user'
            cand update 'Change a user''s username, profile or email'
            cand deactivate 'Deactivate a user (cannot sign in until reactivated)'
            cand reactivate 'Reactivate a deactivated user'
            cand lock 'Lock a user'
            cand unlock 'Unlock a locked user'
            cand delete 'Delete a user'
            cand set-password 'Set a human user''s password (read from stdin)'
            cand export 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back'
            cand import 'Create or update users from a CSV, JSON, JSON lines or YAML file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;users;help;list'= {
        }
        &'ws;users;help;get'= {
        }
        &'ws;users;help;create'= {
        }
        &'ws;users;help;update'= {
        }
        &'ws;users;help;deactivate'= {
        }
        &'ws;users;help;reactivate'= {
        }
        &'ws;users;help;lock'= {
        }
        &'ws;users;help;unlock'= {
        }
        &'ws;users;help;delete'= {
        }
        &'ws;users;help;set-password'= {
        }
        &'ws;users;help;export'= {
        }
        &'ws;users;help;import'= {
        }
        &'ws;users;help;help'= {
        }
        &'ws;apply'= {
            cand -f 'The tenant file (YAML or JSON), or - for stdin'
            cand --file 'The tenant file (YAML or JSON), or - for stdin'
            cand --parallel 'Users applied at the same time'
            cand --report 'Write the per-item report to FILE (CSV if it ends in .csv, else JSON lines)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --dry-run 'Show the differences; make no write call (what `ws plan` does)'
            cand --prune 'Also remove projects, roles, grants and human users of the listed organizations that the file does not list'
            cand -y 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand --yes 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;plan'= {
            cand -f 'The tenant file (YAML or JSON), or - for stdin'
            cand --file 'The tenant file (YAML or JSON), or - for stdin'
            cand --parallel 'Users applied at the same time'
            cand --report 'Write the per-item report to FILE (CSV if it ends in .csv, else JSON lines)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --dry-run 'Show the differences; make no write call (what `ws plan` does)'
            cand --prune 'Also remove projects, roles, grants and human users of the listed organizations that the file does not list'
            cand -y 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand --yes 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List machine users (all pages)'
            cand get 'Show one machine user'
            cand create 'Create a machine user in --org'
            cand update 'Change a machine user''s name, description or token type'
            cand delete 'Delete a machine user'
            cand keys 'Keys for the JWT-profile (jwt-bearer) grant'
            cand pats 'Personal access tokens'
            cand secret 'The client secret (client credentials grant)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;machine-users;list'= {
            cand --search 'Only items whose name (users: username, email or display name) contains TEXT, any case'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;get'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;create'= {
            cand --name 'Display name (default: the username)'
            cand --description 'Description'
            cand --token-type 'Access token type'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;update'= {
            cand --name 'New display name'
            cand --description 'New description'
            cand --token-type 'New access token type'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;delete'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;keys'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a key (the server generates the pair unless --public-key is given)'
            cand ls 'List a machine user''s keys'
            cand rm 'Remove a key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;machine-users;keys;add'= {
            cand -f 'Where to write the generated JSON key file (mode 0600)'
            cand --file 'Where to write the generated JSON key file (mode 0600)'
            cand --public-key 'Upload this RSA public key (PEM) instead; no key file is written'
            cand --expires 'Expiry (RFC 3339, e.g. 2027-01-01T00:00:00Z); default never'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;keys;ls'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;keys;rm'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;keys;help'= {
            cand add 'Add a key (the server generates the pair unless --public-key is given)'
            cand ls 'List a machine user''s keys'
            cand rm 'Remove a key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;machine-users;keys;help;add'= {
        }
        &'ws;machine-users;keys;help;ls'= {
        }
        &'ws;machine-users;keys;help;rm'= {
        }
        &'ws;machine-users;keys;help;help'= {
        }
        &'ws;machine-users;pats'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a token and print it (shown only this once)'
            cand ls 'List a machine user''s tokens (ids and dates)'
            cand rm 'Remove (revoke) a token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;machine-users;pats;add'= {
            cand --expires 'Expiry (RFC 3339); default never'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;pats;ls'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;pats;rm'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;pats;help'= {
            cand add 'Add a token and print it (shown only this once)'
            cand ls 'List a machine user''s tokens (ids and dates)'
            cand rm 'Remove (revoke) a token'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;machine-users;pats;help;add'= {
        }
        &'ws;machine-users;pats;help;ls'= {
        }
        &'ws;machine-users;pats;help;rm'= {
        }
        &'ws;machine-users;pats;help;help'= {
        }
        &'ws;machine-users;secret'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Generate a new client secret (replacing any old one) and print it once'
            cand rm 'Remove the client secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;machine-users;secret;generate'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;secret;rm'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;machine-users;secret;help'= {
            cand generate 'Generate a new client secret (replacing any old one) and print it once'
            cand rm 'Remove the client secret'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;machine-users;secret;help;generate'= {
        }
        &'ws;machine-users;secret;help;rm'= {
        }
        &'ws;machine-users;secret;help;help'= {
        }
        &'ws;machine-users;help'= {
            cand list 'List machine users (all pages)'
            cand get 'Show one machine user'
            cand create 'Create a machine user in --org'
            cand update 'Change a machine user''s name, description or token type'
            cand delete 'Delete a machine user'
            cand keys 'Keys for the JWT-profile (jwt-bearer) grant'
            cand pats 'Personal access tokens'
            cand secret 'The client secret (client credentials grant)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;machine-users;help;list'= {
        }
        &'ws;machine-users;help;get'= {
        }
        &'ws;machine-users;help;create'= {
        }
        &'ws;machine-users;help;update'= {
        }
        &'ws;machine-users;help;delete'= {
        }
        &'ws;machine-users;help;keys'= {
            cand add 'Add a key (the server generates the pair unless --public-key is given)'
            cand ls 'List a machine user''s keys'
            cand rm 'Remove a key'
        }
        &'ws;machine-users;help;keys;add'= {
        }
        &'ws;machine-users;help;keys;ls'= {
        }
        &'ws;machine-users;help;keys;rm'= {
        }
        &'ws;machine-users;help;pats'= {
            cand add 'Add a token and print it (shown only this once)'
            cand ls 'List a machine user''s tokens (ids and dates)'
            cand rm 'Remove (revoke) a token'
        }
        &'ws;machine-users;help;pats;add'= {
        }
        &'ws;machine-users;help;pats;ls'= {
        }
        &'ws;machine-users;help;pats;rm'= {
        }
        &'ws;machine-users;help;secret'= {
            cand generate 'Generate a new client secret (replacing any old one) and print it once'
            cand rm 'Remove the client secret'
        }
        &'ws;machine-users;help;secret;generate'= {
        }
        &'ws;machine-users;help;secret;rm'= {
        }
        &'ws;machine-users;help;help'= {
        }
        &'ws;projects'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List projects (all pages)'
            cand get 'Show one project'
            cand create 'Create a project in --org'
            cand delete 'Delete a project (its roles, grants and authorizations too)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;projects;list'= {
            cand --search 'Only items whose name (users: username, email or display name) contains TEXT, any case'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;projects;get'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;projects;create'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;projects;delete'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;projects;help'= {
            cand list 'List projects (all pages)'
            cand get 'Show one project'
            cand create 'Create a project in --org'
            cand delete 'Delete a project (its roles, grants and authorizations too)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;projects;help;list'= {
        }
        &'ws;projects;help;get'= {
        }
        &'ws;projects;help;create'= {
        }
        &'ws;projects;help;delete'= {
        }
        &'ws;projects;help;help'= {
        }
        &'ws;roles'= {
            cand --project 'The project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List a project''s roles'
            cand add 'Add a role to a project'
            cand remove 'Remove a role (also from grants and authorizations)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;roles;list'= {
            cand --search 'Only items whose name (users: username, email or display name) contains TEXT, any case'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --project 'The project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;roles;add'= {
            cand --display-name 'Display name (default: the key)'
            cand --group 'Group the role belongs to'
            cand --project 'The project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;roles;remove'= {
            cand --project 'The project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;roles;help'= {
            cand list 'List a project''s roles'
            cand add 'Add a role to a project'
            cand remove 'Remove a role (also from grants and authorizations)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;roles;help;list'= {
        }
        &'ws;roles;help;add'= {
        }
        &'ws;roles;help;remove'= {
        }
        &'ws;roles;help;help'= {
        }
        &'ws;apps'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List applications (all pages)'
            cand get 'Show one application'
            cand create 'Create an OIDC (default) or API application in a project'
            cand update 'Change an application''s name or configuration'
            cand rm 'Delete an application (its client stops working at once)'
            cand secret 'Generate a new client secret (replacing the old one) and print it once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;apps;list'= {
            cand --search 'Only items whose name (users: username, email or display name) contains TEXT, any case'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --project 'The project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;apps;get'= {
            cand --project 'The project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;apps;create'= {
            cand --project 'The project (id or name)'
            cand --id 'Choose the id (it is also the client id); generated when absent'
            cand --kind 'Client kind'
            cand --redirect-uri 'Allowed redirect URI (repeat for more; on update replaces the list)'
            cand --post-logout-uri 'Allowed post-logout redirect URI (repeat for more; on update replaces the list)'
            cand --grant 'Allowed grant type (repeat for more; default authorization-code)'
            cand --response-type 'Allowed response type (repeat for more; default code)'
            cand --auth-method 'Client authentication at the token endpoint (default basic)'
            cand --dev-mode 'Development mode: relaxed redirect URI rules (true or false)'
            cand --token-type 'Access token kind (default bearer)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --api 'An API (resource server) app instead of an OIDC client; takes --auth-method basic or private-key-jwt only'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;apps;update'= {
            cand --project 'The project (id or name)'
            cand --name 'New name'
            cand --kind 'Client kind'
            cand --redirect-uri 'Allowed redirect URI (repeat for more; on update replaces the list)'
            cand --post-logout-uri 'Allowed post-logout redirect URI (repeat for more; on update replaces the list)'
            cand --grant 'Allowed grant type (repeat for more; default authorization-code)'
            cand --response-type 'Allowed response type (repeat for more; default code)'
            cand --auth-method 'Client authentication at the token endpoint (default basic)'
            cand --dev-mode 'Development mode: relaxed redirect URI rules (true or false)'
            cand --token-type 'Access token kind (default bearer)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;apps;rm'= {
            cand --project 'The project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -y 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand --yes 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;apps;secret'= {
            cand --project 'The project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;apps;help'= {
            cand list 'List applications (all pages)'
            cand get 'Show one application'
            cand create 'Create an OIDC (default) or API application in a project'
            cand update 'Change an application''s name or configuration'
            cand rm 'Delete an application (its client stops working at once)'
            cand secret 'Generate a new client secret (replacing the old one) and print it once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;apps;help;list'= {
        }
        &'ws;apps;help;get'= {
        }
        &'ws;apps;help;create'= {
        }
        &'ws;apps;help;update'= {
        }
        &'ws;apps;help;rm'= {
        }
        &'ws;apps;help;secret'= {
        }
        &'ws;apps;help;help'= {
        }
        &'ws;grants'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List project grants (all pages)'
            cand create 'Grant a project to another organization'
            cand update 'Replace the roles of a project grant'
            cand delete 'Remove a project grant (and the authorizations made under it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;grants;list'= {
            cand --project 'Only grants of this project (id or name)'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;grants;create'= {
            cand --project 'The project (id or name)'
            cand --granted-org 'The organization that receives the grant (id, name or domain)'
            cand --role 'A role key of the project to grant; repeatable'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;grants;update'= {
            cand --project 'The project (id or name)'
            cand --granted-org 'The organization holding the grant (id, name or domain)'
            cand --role 'The role keys the grant keeps; repeatable (roles not listed are revoked)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;grants;delete'= {
            cand --project 'The project (id or name)'
            cand --granted-org 'The organization holding the grant (id, name or domain)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;grants;help'= {
            cand list 'List project grants (all pages)'
            cand create 'Grant a project to another organization'
            cand update 'Replace the roles of a project grant'
            cand delete 'Remove a project grant (and the authorizations made under it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;grants;help;list'= {
        }
        &'ws;grants;help;create'= {
        }
        &'ws;grants;help;update'= {
        }
        &'ws;grants;help;delete'= {
        }
        &'ws;grants;help;help'= {
        }
        &'ws;authz'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List authorizations (all pages)'
            cand create 'Give a user roles on a project'
            cand update 'Replace the roles of an authorization'
            cand delete 'Delete an authorization by id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;authz;list'= {
            cand --project 'Only on this project (id or name)'
            cand --user 'Only of this user (id, username, login name or email)'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;authz;create'= {
            cand --user 'The user (id, username, login name or email; --org narrows a name)'
            cand --project 'The project (id or name)'
            cand --role 'A role key; repeatable'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;authz;update'= {
            cand --user 'Instead of an id: the user (id, username, login name or email)'
            cand --project 'With --user: the project (id or name)'
            cand --role 'The role keys it keeps; repeatable (roles not listed are revoked)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;authz;delete'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;authz;help'= {
            cand list 'List authorizations (all pages)'
            cand create 'Give a user roles on a project'
            cand update 'Replace the roles of an authorization'
            cand delete 'Delete an authorization by id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;authz;help;list'= {
        }
        &'ws;authz;help;create'= {
        }
        &'ws;authz;help;update'= {
        }
        &'ws;authz;help;delete'= {
        }
        &'ws;authz;help;help'= {
        }
        &'ws;admins'= {
            cand --project 'On this project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --instance 'On the whole instance'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List administrators (of one resource when given)'
            cand add 'Give a user manager roles on a resource'
            cand remove 'Take all manager roles on a resource from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;admins;list'= {
            cand --search 'Only items whose name (users: username, email or display name) contains TEXT, any case'
            cand --limit 'Stop after N items (all pages are fetched otherwise)'
            cand --project 'On this project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --instance 'On the whole instance'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;admins;add'= {
            cand --role 'A manager role (ORG_OWNER, ORG_USER_MANAGER, PROJECT_OWNER, IAM_OWNER, …); repeatable'
            cand --project 'On this project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --instance 'On the whole instance'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;admins;remove'= {
            cand --project 'On this project (id or name)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --instance 'On the whole instance'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;admins;help'= {
            cand list 'List administrators (of one resource when given)'
            cand add 'Give a user manager roles on a resource'
            cand remove 'Take all manager roles on a resource from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;admins;help;list'= {
        }
        &'ws;admins;help;add'= {
        }
        &'ws;admins;help;remove'= {
        }
        &'ws;admins;help;help'= {
        }
        &'ws;docs'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List your docs and the docs shared with you, most recently changed first'
            cand list 'List your docs and the docs shared with you, most recently changed first'
            cand search 'Search titles and bodies of the docs you can see'
            cand get 'Show one doc'
            cand create 'Create a doc'
            cand edit 'Edit a doc in $VISUAL or $EDITOR'
            cand update 'Change a doc''s title or body'
            cand rm 'Delete a doc with its history and comments (permanent)'
            cand delete 'Delete a doc with its history and comments (permanent)'
            cand history 'List a doc''s versions, newest first'
            cand restore 'Make an old version the current one (as a new version)'
            cand comments 'List a doc''s comment threads'
            cand comment 'Comment on a doc, or reply in a thread'
            cand resolve 'Resolve (or reopen) a comment thread'
            cand export 'Export a doc as Markdown, HTML or plain text'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;docs;ls'= {
            cand --limit 'Stop after N docs (all pages are fetched otherwise)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;list'= {
            cand --limit 'Stop after N docs (all pages are fetched otherwise)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;search'= {
            cand --limit 'Stop after N hits'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;get'= {
            cand --at 'Show the doc as it was at version N (see `ws docs history`)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --body 'Print only the Markdown body, as is'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;create'= {
            cand --title 'Title (1–200 characters, one line)'
            cand --file 'Read the Markdown body from FILE, or from stdin with `-`; empty otherwise'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;edit'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;update'= {
            cand --title 'New title'
            cand --file 'Replace the body with FILE''s content, or stdin''s with `-`'
            cand --if-version 'Only if the doc is still at version N (else exit 6, nothing written)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;rm'= {
            cand --if-version 'Only if the doc is still at version N (else exit 6, nothing deleted)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;delete'= {
            cand --if-version 'Only if the doc is still at version N (else exit 6, nothing deleted)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;history'= {
            cand --limit 'Stop after N versions'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;restore'= {
            cand --if-version 'Only if the doc is still at version N (else exit 6, nothing written)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;comments'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --open 'Leave out resolved threads'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;comment'= {
            cand --quote 'The passage of the doc the new thread is about'
            cand --reply-to 'Reply in the thread of this comment instead of opening a new one'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;resolve'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --reopen 'Reopen a resolved thread instead'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;export'= {
            cand --format 'Format'
            cand --file 'Write to PATH instead of stdout (`-` is stdout)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --save 'Write to the file name the server suggests, in the current directory'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;docs;help'= {
            cand ls 'List your docs and the docs shared with you, most recently changed first'
            cand search 'Search titles and bodies of the docs you can see'
            cand get 'Show one doc'
            cand create 'Create a doc'
            cand edit 'Edit a doc in $VISUAL or $EDITOR'
            cand update 'Change a doc''s title or body'
            cand rm 'Delete a doc with its history and comments (permanent)'
            cand history 'List a doc''s versions, newest first'
            cand restore 'Make an old version the current one (as a new version)'
            cand comments 'List a doc''s comment threads'
            cand comment 'Comment on a doc, or reply in a thread'
            cand resolve 'Resolve (or reopen) a comment thread'
            cand export 'Export a doc as Markdown, HTML or plain text'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;docs;help;ls'= {
        }
        &'ws;docs;help;search'= {
        }
        &'ws;docs;help;get'= {
        }
        &'ws;docs;help;create'= {
        }
        &'ws;docs;help;edit'= {
        }
        &'ws;docs;help;update'= {
        }
        &'ws;docs;help;rm'= {
        }
        &'ws;docs;help;history'= {
        }
        &'ws;docs;help;restore'= {
        }
        &'ws;docs;help;comments'= {
        }
        &'ws;docs;help;comment'= {
        }
        &'ws;docs;help;resolve'= {
        }
        &'ws;docs;help;export'= {
        }
        &'ws;docs;help;help'= {
        }
        &'ws;share'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List the shares of a resource'
            cand add 'Share a resource with a user, an organization or a link (again: change the role)'
            cand link 'Print the URL of a doc''s, file''s or calendar''s link shares'
            cand rm 'Remove a share: by its id, or a resource''s share with a user or org'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;share;ls'= {
            cand --doc 'A doc, by id or exact title'
            cand --file 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID'
            cand --folder 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID'
            cand --calendar 'A calendar, by id or name'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;share;add'= {
            cand --doc 'A doc, by id or exact title'
            cand --file 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID'
            cand --folder 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID'
            cand --calendar 'A calendar, by id or name'
            cand --user 'Share with this user: email, username, user@org-domain or user id'
            cand --org 'Share with every member of this organization: its name or id'
            cand --role 'The role to give'
            cand --expires 'Links only: when the link stops working, a duration from now (7d, 12h) or a date or time (2026-12-31, "2026-12-31 18:00", RFC 3339)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --link 'Create a link that gives the role to anyone holding it (viewer or commenter)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;share;link'= {
            cand --doc 'A doc, by id or exact title'
            cand --file 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID'
            cand --folder 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID'
            cand --calendar 'A calendar, by id or name'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;share;rm'= {
            cand --user 'Remove the resource''s share with this user (email, username or id)'
            cand --org 'Remove the resource''s share with this organization (name or id)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;share;help'= {
            cand ls 'List the shares of a resource'
            cand add 'Share a resource with a user, an organization or a link (again: change the role)'
            cand link 'Print the URL of a doc''s, file''s or calendar''s link shares'
            cand rm 'Remove a share: by its id, or a resource''s share with a user or org'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;share;help;ls'= {
        }
        &'ws;share;help;add'= {
        }
        &'ws;share;help;link'= {
        }
        &'ws;share;help;rm'= {
        }
        &'ws;share;help;help'= {
        }
        &'ws;audit'= {
            cand --actor 'Only entries of this user (login name, email or user id)'
            cand --action 'Only this action, or every action with this prefix when it ends in ''.'' (docs.)'
            cand --target 'Only this target (kind:id, e.g. doc:2839472398)'
            cand --since 'Only entries at or after this time: RFC 3339, or a duration ago (15m, 2h, 7days)'
            cand --until 'Only entries before this time: RFC 3339, or a duration ago'
            cand --limit 'Only the newest N entries, still printed oldest first (listing only)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -f 'Keep printing entries as they are recorded (until interrupted)'
            cand --follow 'Keep printing entries as they are recorded (until interrupted)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List your calendars and those shared with you'
            cand create 'Create a calendar'
            cand rm 'Delete a calendar (not your personal one)'
            cand events 'Show the events of a date range'
            cand add 'Add an event'
            cand update 'Change an event, or one occurrence of a series'
            cand cancel 'Cancel (delete) an event, or one occurrence of a series'
            cand invite 'Invite users to an event'
            cand respond 'Answer an invitation'
            cand freebusy 'Show when users are busy'
            cand import 'Import an iCalendar (.ics) file into a calendar'
            cand export 'Export a calendar as an iCalendar (.ics) file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;cal;ls'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;create'= {
            cand --tz 'Default time zone of its events (IANA name; default: --tz, $TZ or the system''s)'
            cand --description 'Description'
            cand --org-role 'Share it with your whole organization (an org calendar)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;rm'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;events'= {
            cand --from 'First day or time (default: today)'
            cand --to 'End, exclusive (default: a week after --from)'
            cand --tz 'Time zone to show and read times in (default: $TZ, else the system''s)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;add'= {
            cand --start 'Start: "2026-12-01 10:00" (in --tz), RFC 3339, or a date with --all-day'
            cand --end 'End (exclusive), same forms as --start'
            cand --duration 'Length instead of --end: 30m, 1h 30m, 2d'
            cand --tz 'Time zone of the times (default: $TZ, else the system''s)'
            cand --rrule 'Recurrence rule (RFC 5545), e.g. "FREQ=WEEKLY;BYDAY=MO"'
            cand --location 'Where'
            cand --description 'Description'
            cand --invite 'Users to invite (ids or usernames), comma separated'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --all-day 'Whole days (--start/--end are dates; --end defaults to the next day)'
            cand --free 'Do not count as busy time'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;update'= {
            cand --occurrence 'Only this occurrence (its original_start, as `ws cal events` lists it)'
            cand --summary 'New title'
            cand --start 'Start: "2026-12-01 10:00" (in --tz), RFC 3339, or a date with --all-day'
            cand --end 'End (exclusive), same forms as --start'
            cand --duration 'Length instead of --end: 30m, 1h 30m, 2d'
            cand --tz 'Time zone of the times (default: $TZ, else the system''s)'
            cand --rrule 'New recurrence rule ("" ends the recurrence)'
            cand --location 'New location'
            cand --description 'New description'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --all-day 'Whole days (--start/--end are dates; --end defaults to the next day)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;cancel'= {
            cand --occurrence 'Only this occurrence (its original_start)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;invite'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;respond'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;freebusy'= {
            cand --from 'First day or time (default: today)'
            cand --to 'End, exclusive (default: a week after --from)'
            cand --tz 'Time zone to show and read times in'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;import'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;export'= {
            cand --file 'Write to this file instead of stdout (- is stdout too)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;cal;help'= {
            cand ls 'List your calendars and those shared with you'
            cand create 'Create a calendar'
            cand rm 'Delete a calendar (not your personal one)'
            cand events 'Show the events of a date range'
            cand add 'Add an event'
            cand update 'Change an event, or one occurrence of a series'
            cand cancel 'Cancel (delete) an event, or one occurrence of a series'
            cand invite 'Invite users to an event'
            cand respond 'Answer an invitation'
            cand freebusy 'Show when users are busy'
            cand import 'Import an iCalendar (.ics) file into a calendar'
            cand export 'Export a calendar as an iCalendar (.ics) file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;cal;help;ls'= {
        }
        &'ws;cal;help;create'= {
        }
        &'ws;cal;help;rm'= {
        }
        &'ws;cal;help;events'= {
        }
        &'ws;cal;help;add'= {
        }
        &'ws;cal;help;update'= {
        }
        &'ws;cal;help;cancel'= {
        }
        &'ws;cal;help;invite'= {
        }
        &'ws;cal;help;respond'= {
        }
        &'ws;cal;help;freebusy'= {
        }
        &'ws;cal;help;import'= {
        }
        &'ws;cal;help;export'= {
        }
        &'ws;cal;help;help'= {
        }
        &'ws;dashboard'= {
            cand --refresh 'Seconds between live refreshes of the current view'
            cand --keymap 'Key bindings file (default: keymap.toml beside the config file)'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --readonly 'Disable every write action (create, lock, reset password, grants, …)'
            cand --mouse 'Capture the mouse (wheel scrolls, a click selects a row or a view)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ls 'List a folder (My Drive by default), the trash, shared items or a search'
            cand tree 'Show a folder and everything below it'
            cand info 'Show one item, or the organization''s quota without a path'
            cand mkdir 'Create a folder'
            cand mv 'Move and/or rename an item'
            cand cp 'Copy a file, or a folder and everything in it (--recursive)'
            cand rm 'Move items to the trash (or delete them for good with --permanent)'
            cand restore 'Take items out of the trash'
            cand upload 'Upload files or folders (or stdin with `-`)'
            cand download 'Download files or folders (or to stdout with `-`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;drive;ls'= {
            cand --search 'Your items whose name contains TEXT'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --shared 'Items others shared with you'
            cand --trash 'Your trash'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;tree'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;info'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;mkdir'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -p 'Create missing parent folders too, and succeed if the folder exists'
            cand --parents 'Create missing parent folders too, and succeed if the folder exists'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;mv'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;cp'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -r 'Copy a folder and everything in it'
            cand --recursive 'Copy a folder and everything in it'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;rm'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand --permanent 'Delete for good instead of moving to the trash (owners only)'
            cand -y 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand --yes 'Do not ask for confirmation (for scripts; without a terminal it is required)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;restore'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;upload'= {
            cand --name 'Name on the drive (default: the local name; required for stdin)'
            cand --parallel 'Files transferred at once'
            cand --chunk-size 'Bytes per upload request'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -r 'Upload a folder and everything in it'
            cand --recursive 'Upload a folder and everything in it'
            cand --overwrite 'Replace files of the same name that differ (otherwise they are a conflict)'
            cand --update 'Replace files of the same name that differ (otherwise they are a conflict)'
            cand --follow-links 'Upload what symbolic links point to (by default they are skipped, and said so)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;download'= {
            cand --parallel 'Files transferred at once'
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -r 'Download a folder and everything in it'
            cand --recursive 'Download a folder and everything in it'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;drive;help'= {
            cand ls 'List a folder (My Drive by default), the trash, shared items or a search'
            cand tree 'Show a folder and everything below it'
            cand info 'Show one item, or the organization''s quota without a path'
            cand mkdir 'Create a folder'
            cand mv 'Move and/or rename an item'
            cand cp 'Copy a file, or a folder and everything in it (--recursive)'
            cand rm 'Move items to the trash (or delete them for good with --permanent)'
            cand restore 'Take items out of the trash'
            cand upload 'Upload files or folders (or stdin with `-`)'
            cand download 'Download files or folders (or to stdout with `-`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;drive;help;ls'= {
        }
        &'ws;drive;help;tree'= {
        }
        &'ws;drive;help;info'= {
        }
        &'ws;drive;help;mkdir'= {
        }
        &'ws;drive;help;mv'= {
        }
        &'ws;drive;help;cp'= {
        }
        &'ws;drive;help;rm'= {
        }
        &'ws;drive;help;restore'= {
        }
        &'ws;drive;help;upload'= {
        }
        &'ws;drive;help;download'= {
        }
        &'ws;drive;help;help'= {
        }
        &'ws;doctor'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;completions'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;generate-assets'= {
            cand --profile 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]'
            cand --config 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]'
            cand --issuer 'OIDC issuer URL [env: WS_ISSUER]'
            cand --api-url 'Workspace API URL [env: WS_API_URL]'
            cand --client-id 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]'
            cand --org 'Organization id to act in [env: WS_ORG]'
            cand -o 'Output format [env: WS_OUTPUT]'
            cand --output 'Output format [env: WS_OUTPUT]'
            cand --fields 'Only these fields, comma-separated (dotted paths reach into objects: org.id)'
            cand --token-store 'Where tokens are stored [env: WS_TOKEN_STORE]'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ws;help'= {
            cand auth 'Sign in and out, show and renew the session'
            cand login 'Sign in (same as `ws auth login`)'
            cand logout 'Sign out (same as `ws auth logout`)'
            cand whoami 'Show who the current token belongs to'
            cand profile 'List, show, select and edit profiles'
            cand orgs 'Manage organizations'
            cand users 'Manage users'
            cand apply 'Bring orgs, projects, roles, grants, users and authorizations to a file''s state'
            cand plan 'Show what `ws apply -f FILE` would change (no write call)'
            cand machine-users 'Manage machine users (service accounts), their keys, tokens and secrets'
            cand projects 'Manage projects'
            cand roles 'Manage project roles'
            cand apps 'Manage applications (OIDC clients and APIs) of projects'
            cand grants 'Manage project grants (projects shared with other organizations)'
            cand authz 'Manage authorizations (users'' roles on projects)'
            cand admins 'Manage administrators (manager roles on the instance, orgs and projects)'
            cand docs 'Work with docs (Markdown documents, their history, comments and exports)'
            cand share 'Share docs, folders, files and calendars with users, organizations or links'
            cand audit 'Show or follow the workspace audit log'
            cand cal 'Calendars and events: date ranges, invitations, free/busy, .ics files'
            cand dashboard 'Open the interactive terminal dashboard'
            cand drive 'Files and folders in the workspace drive: transfers, listing, trash'
            cand doctor 'Check config, token store, issuer, clock skew and the workspace API'
            cand completions 'Print a shell completion script'
            cand generate-assets 'Write completion scripts and man pages (for packaging; used to refresh the repository copies)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ws;help;auth'= {
            cand login 'Sign in: browser (PKCE), device code, or machine credentials'
            cand status 'Show who is signed in, which org and roles, where the token is stored and when it expires'
            cand token 'Print the access token (for scripts); renews it first when it is about to expire'
            cand refresh 'Renew the access token now'
            cand logout 'Revoke the tokens at the issuer and delete them locally'
        }
        &'ws;help;auth;login'= {
        }
        &'ws;help;auth;status'= {
        }
        &'ws;help;auth;token'= {
        }
        &'ws;help;auth;refresh'= {
        }
        &'ws;help;auth;logout'= {
        }
        &'ws;help;login'= {
        }
        &'ws;help;logout'= {
        }
        &'ws;help;whoami'= {
        }
        &'ws;help;profile'= {
            cand list 'List the profiles of the config file'
            cand show 'Show the settings in force and where each comes from'
            cand use 'Make a profile the default'
            cand set 'Create a profile or change its settings'
            cand delete 'Delete a profile (its stored tokens too)'
        }
        &'ws;help;profile;list'= {
        }
        &'ws;help;profile;show'= {
        }
        &'ws;help;profile;use'= {
        }
        &'ws;help;profile;set'= {
        }
        &'ws;help;profile;delete'= {
        }
        &'ws;help;orgs'= {
            cand list 'List organizations (all pages)'
            cand get 'Show one organization'
            cand create 'Create an organization'
            cand update 'Rename an organization'
            cand deactivate 'Deactivate an organization (its users cannot sign in)'
            cand activate 'Activate a deactivated organization'
            cand delete 'Delete an organization with everything in it'
        }
        &'ws;help;orgs;list'= {
        }
        &'ws;help;orgs;get'= {
        }
        &'ws;help;orgs;create'= {
        }
        &'ws;help;orgs;update'= {
        }
        &'ws;help;orgs;deactivate'= {
        }
        &'ws;help;orgs;activate'= {
        }
        &'ws;help;orgs;delete'= {
        }
        &'ws;help;users'= {
            cand list 'List users (all pages)'
            cand get 'Show one user'
            cand create 'Create a human (or, with --machine, a machine) user'
            cand update 'Change a user''s username, profile or email'
            cand deactivate 'Deactivate a user (cannot sign in until reactivated)'
            cand reactivate 'Reactivate a deactivated user'
            cand lock 'Lock a user'
            cand unlock 'Unlock a locked user'
            cand delete 'Delete a user'
            cand set-password 'Set a human user''s password (read from stdin)'
            cand export 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back'
            cand import 'Create or update users from a CSV, JSON, JSON lines or YAML file'
        }
        &'ws;help;users;list'= {
        }
        &'ws;help;users;get'= {
        }
        &'ws;help;users;create'= {
        }
        &'ws;help;users;update'= {
        }
        &'ws;help;users;deactivate'= {
        }
        &'ws;help;users;reactivate'= {
        }
        &'ws;help;users;lock'= {
        }
        &'ws;help;users;unlock'= {
        }
        &'ws;help;users;delete'= {
        }
        &'ws;help;users;set-password'= {
        }
        &'ws;help;users;export'= {
        }
        &'ws;help;users;import'= {
        }
        &'ws;help;apply'= {
        }
        &'ws;help;plan'= {
        }
        &'ws;help;machine-users'= {
            cand list 'List machine users (all pages)'
            cand get 'Show one machine user'
            cand create 'Create a machine user in --org'
            cand update 'Change a machine user''s name, description or token type'
            cand delete 'Delete a machine user'
            cand keys 'Keys for the JWT-profile (jwt-bearer) grant'
            cand pats 'Personal access tokens'
            cand secret 'The client secret (client credentials grant)'
        }
        &'ws;help;machine-users;list'= {
        }
        &'ws;help;machine-users;get'= {
        }
        &'ws;help;machine-users;create'= {
        }
        &'ws;help;machine-users;update'= {
        }
        &'ws;help;machine-users;delete'= {
        }
        &'ws;help;machine-users;keys'= {
            cand add 'Add a key (the server generates the pair unless --public-key is given)'
            cand ls 'List a machine user''s keys'
            cand rm 'Remove a key'
        }
        &'ws;help;machine-users;keys;add'= {
        }
        &'ws;help;machine-users;keys;ls'= {
        }
        &'ws;help;machine-users;keys;rm'= {
        }
        &'ws;help;machine-users;pats'= {
            cand add 'Add a token and print it (shown only this once)'
            cand ls 'List a machine user''s tokens (ids and dates)'
            cand rm 'Remove (revoke) a token'
        }
        &'ws;help;machine-users;pats;add'= {
        }
        &'ws;help;machine-users;pats;ls'= {
        }
        &'ws;help;machine-users;pats;rm'= {
        }
        &'ws;help;machine-users;secret'= {
            cand generate 'Generate a new client secret (replacing any old one) and print it once'
            cand rm 'Remove the client secret'
        }
        &'ws;help;machine-users;secret;generate'= {
        }
        &'ws;help;machine-users;secret;rm'= {
        }
        &'ws;help;projects'= {
            cand list 'List projects (all pages)'
            cand get 'Show one project'
            cand create 'Create a project in --org'
            cand delete 'Delete a project (its roles, grants and authorizations too)'
        }
        &'ws;help;projects;list'= {
        }
        &'ws;help;projects;get'= {
        }
        &'ws;help;projects;create'= {
        }
        &'ws;help;projects;delete'= {
        }
        &'ws;help;roles'= {
            cand list 'List a project''s roles'
            cand add 'Add a role to a project'
            cand remove 'Remove a role (also from grants and authorizations)'
        }
        &'ws;help;roles;list'= {
        }
        &'ws;help;roles;add'= {
        }
        &'ws;help;roles;remove'= {
        }
        &'ws;help;apps'= {
            cand list 'List applications (all pages)'
            cand get 'Show one application'
            cand create 'Create an OIDC (default) or API application in a project'
            cand update 'Change an application''s name or configuration'
            cand rm 'Delete an application (its client stops working at once)'
            cand secret 'Generate a new client secret (replacing the old one) and print it once'
        }
        &'ws;help;apps;list'= {
        }
        &'ws;help;apps;get'= {
        }
        &'ws;help;apps;create'= {
        }
        &'ws;help;apps;update'= {
        }
        &'ws;help;apps;rm'= {
        }
        &'ws;help;apps;secret'= {
        }
        &'ws;help;grants'= {
            cand list 'List project grants (all pages)'
            cand create 'Grant a project to another organization'
            cand update 'Replace the roles of a project grant'
            cand delete 'Remove a project grant (and the authorizations made under it)'
        }
        &'ws;help;grants;list'= {
        }
        &'ws;help;grants;create'= {
        }
        &'ws;help;grants;update'= {
        }
        &'ws;help;grants;delete'= {
        }
        &'ws;help;authz'= {
            cand list 'List authorizations (all pages)'
            cand create 'Give a user roles on a project'
            cand update 'Replace the roles of an authorization'
            cand delete 'Delete an authorization by id'
        }
        &'ws;help;authz;list'= {
        }
        &'ws;help;authz;create'= {
        }
        &'ws;help;authz;update'= {
        }
        &'ws;help;authz;delete'= {
        }
        &'ws;help;admins'= {
            cand list 'List administrators (of one resource when given)'
            cand add 'Give a user manager roles on a resource'
            cand remove 'Take all manager roles on a resource from a user'
        }
        &'ws;help;admins;list'= {
        }
        &'ws;help;admins;add'= {
        }
        &'ws;help;admins;remove'= {
        }
        &'ws;help;docs'= {
            cand ls 'List your docs and the docs shared with you, most recently changed first'
            cand search 'Search titles and bodies of the docs you can see'
            cand get 'Show one doc'
            cand create 'Create a doc'
            cand edit 'Edit a doc in $VISUAL or $EDITOR'
            cand update 'Change a doc''s title or body'
            cand rm 'Delete a doc with its history and comments (permanent)'
            cand history 'List a doc''s versions, newest first'
            cand restore 'Make an old version the current one (as a new version)'
            cand comments 'List a doc''s comment threads'
            cand comment 'Comment on a doc, or reply in a thread'
            cand resolve 'Resolve (or reopen) a comment thread'
            cand export 'Export a doc as Markdown, HTML or plain text'
        }
        &'ws;help;docs;ls'= {
        }
        &'ws;help;docs;search'= {
        }
        &'ws;help;docs;get'= {
        }
        &'ws;help;docs;create'= {
        }
        &'ws;help;docs;edit'= {
        }
        &'ws;help;docs;update'= {
        }
        &'ws;help;docs;rm'= {
        }
        &'ws;help;docs;history'= {
        }
        &'ws;help;docs;restore'= {
        }
        &'ws;help;docs;comments'= {
        }
        &'ws;help;docs;comment'= {
        }
        &'ws;help;docs;resolve'= {
        }
        &'ws;help;docs;export'= {
        }
        &'ws;help;share'= {
            cand ls 'List the shares of a resource'
            cand add 'Share a resource with a user, an organization or a link (again: change the role)'
            cand link 'Print the URL of a doc''s, file''s or calendar''s link shares'
            cand rm 'Remove a share: by its id, or a resource''s share with a user or org'
        }
        &'ws;help;share;ls'= {
        }
        &'ws;help;share;add'= {
        }
        &'ws;help;share;link'= {
        }
        &'ws;help;share;rm'= {
        }
        &'ws;help;audit'= {
        }
        &'ws;help;cal'= {
            cand ls 'List your calendars and those shared with you'
            cand create 'Create a calendar'
            cand rm 'Delete a calendar (not your personal one)'
            cand events 'Show the events of a date range'
            cand add 'Add an event'
            cand update 'Change an event, or one occurrence of a series'
            cand cancel 'Cancel (delete) an event, or one occurrence of a series'
            cand invite 'Invite users to an event'
            cand respond 'Answer an invitation'
            cand freebusy 'Show when users are busy'
            cand import 'Import an iCalendar (.ics) file into a calendar'
            cand export 'Export a calendar as an iCalendar (.ics) file'
        }
        &'ws;help;cal;ls'= {
        }
        &'ws;help;cal;create'= {
        }
        &'ws;help;cal;rm'= {
        }
        &'ws;help;cal;events'= {
        }
        &'ws;help;cal;add'= {
        }
        &'ws;help;cal;update'= {
        }
        &'ws;help;cal;cancel'= {
        }
        &'ws;help;cal;invite'= {
        }
        &'ws;help;cal;respond'= {
        }
        &'ws;help;cal;freebusy'= {
        }
        &'ws;help;cal;import'= {
        }
        &'ws;help;cal;export'= {
        }
        &'ws;help;dashboard'= {
        }
        &'ws;help;drive'= {
            cand ls 'List a folder (My Drive by default), the trash, shared items or a search'
            cand tree 'Show a folder and everything below it'
            cand info 'Show one item, or the organization''s quota without a path'
            cand mkdir 'Create a folder'
            cand mv 'Move and/or rename an item'
            cand cp 'Copy a file, or a folder and everything in it (--recursive)'
            cand rm 'Move items to the trash (or delete them for good with --permanent)'
            cand restore 'Take items out of the trash'
            cand upload 'Upload files or folders (or stdin with `-`)'
            cand download 'Download files or folders (or to stdout with `-`)'
        }
        &'ws;help;drive;ls'= {
        }
        &'ws;help;drive;tree'= {
        }
        &'ws;help;drive;info'= {
        }
        &'ws;help;drive;mkdir'= {
        }
        &'ws;help;drive;mv'= {
        }
        &'ws;help;drive;cp'= {
        }
        &'ws;help;drive;rm'= {
        }
        &'ws;help;drive;restore'= {
        }
        &'ws;help;drive;upload'= {
        }
        &'ws;help;drive;download'= {
        }
        &'ws;help;doctor'= {
        }
        &'ws;help;completions'= {
        }
        &'ws;help;generate-assets'= {
        }
        &'ws;help;help'= {
        }
    ]
    $completions[$command]
}
