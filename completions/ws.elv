
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
