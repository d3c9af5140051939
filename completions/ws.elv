
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
        &'ws;users;help;help'= {
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
