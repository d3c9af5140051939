# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ws_global_optspecs
    string join \n profile= config= issuer= api-url= client-id= org= o/output= fields= token-store= h/help V/version
end

function __fish_ws_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ws_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ws_using_subcommand
    set -l cmd (__fish_ws_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ws -n "__fish_ws_needs_command" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_needs_command" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_needs_command" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_needs_command" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_needs_command" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_needs_command" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_needs_command" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_needs_command" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_needs_command" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_needs_command" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_needs_command" -f -a "auth" -d 'Sign in and out, show and renew the session'
complete -c ws -n "__fish_ws_needs_command" -f -a "login" -d 'Sign in (same as `ws auth login`)'
complete -c ws -n "__fish_ws_needs_command" -f -a "logout" -d 'Sign out (same as `ws auth logout`)'
complete -c ws -n "__fish_ws_needs_command" -f -a "whoami" -d 'Show who the current token belongs to'
complete -c ws -n "__fish_ws_needs_command" -f -a "profile" -d 'List, show, select and edit profiles'
complete -c ws -n "__fish_ws_needs_command" -f -a "orgs" -d 'Manage organizations'
complete -c ws -n "__fish_ws_needs_command" -f -a "users" -d 'Manage users'
complete -c ws -n "__fish_ws_needs_command" -f -a "apply" -d 'Bring orgs, projects, roles, grants, users and authorizations to a file\'s state'
complete -c ws -n "__fish_ws_needs_command" -f -a "plan" -d 'Show what `ws apply -f FILE` would change (no write call)'
complete -c ws -n "__fish_ws_needs_command" -f -a "machine-users" -d 'Manage machine users (service accounts), their keys, tokens and secrets'
complete -c ws -n "__fish_ws_needs_command" -f -a "projects" -d 'Manage projects'
complete -c ws -n "__fish_ws_needs_command" -f -a "roles" -d 'Manage project roles'
complete -c ws -n "__fish_ws_needs_command" -f -a "apps" -d 'Manage applications (OIDC clients and APIs) of projects'
complete -c ws -n "__fish_ws_needs_command" -f -a "grants" -d 'Manage project grants (projects shared with other organizations)'
complete -c ws -n "__fish_ws_needs_command" -f -a "authz" -d 'Manage authorizations (users\' roles on projects)'
complete -c ws -n "__fish_ws_needs_command" -f -a "admins" -d 'Manage administrators (manager roles on the instance, orgs and projects)'
complete -c ws -n "__fish_ws_needs_command" -f -a "docs" -d 'Work with docs (Markdown documents, their history, comments and exports)'
complete -c ws -n "__fish_ws_needs_command" -f -a "share" -d 'Share docs, folders, files and calendars with users, organizations or links'
complete -c ws -n "__fish_ws_needs_command" -f -a "audit" -d 'Show or follow the workspace audit log'
complete -c ws -n "__fish_ws_needs_command" -f -a "cal" -d 'Calendars and events: date ranges, invitations, free/busy, .ics files'
complete -c ws -n "__fish_ws_needs_command" -f -a "dashboard" -d 'Open the interactive terminal dashboard'
complete -c ws -n "__fish_ws_needs_command" -f -a "drive" -d 'Files and folders in the workspace drive: transfers, listing, trash'
complete -c ws -n "__fish_ws_needs_command" -f -a "doctor" -d 'Check config, token store, issuer, clock skew and the workspace API'
complete -c ws -n "__fish_ws_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c ws -n "__fish_ws_needs_command" -f -a "generate-assets" -d 'Write completion scripts and man pages (for packaging; used to refresh the repository copies)'
complete -c ws -n "__fish_ws_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -f -a "login" -d 'Sign in: browser (PKCE), device code, or machine credentials'
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -f -a "status" -d 'Show who is signed in, which org and roles, where the token is stored and when it expires'
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -f -a "token" -d 'Print the access token (for scripts); renews it first when it is about to expire'
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -f -a "refresh" -d 'Renew the access token now'
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -f -a "logout" -d 'Revoke the tokens at the issuer and delete them locally'
complete -c ws -n "__fish_ws_using_subcommand auth; and not __fish_seen_subcommand_from login status token refresh logout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l listen-address -d 'Loopback address for the browser redirect (default 127.0.0.1 with a random port)' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Give up waiting for the browser or device approval after this many seconds' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l client-secret -d 'Client secret for --client-credentials (prefer WS_CLIENT_SECRET or stdin: flags are visible to other users)' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l key-file -d 'Sign in with a ZITADEL service-account JSON key (`-` reads it from stdin)' -r -F
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l web -d 'Use the browser flow (authorization code + PKCE on a loopback redirect)'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l device -d 'Use the device flow (a code to approve on any device)'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-browser -d 'Do not launch a browser; only print the URL (stderr)'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l client-credentials -d 'Sign in as a service account with its client id and secret (secret from --client-secret, WS_CLIENT_SECRET or stdin)'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read a personal access token from stdin and store it'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from refresh" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Sign in: browser (PKCE), device code, or machine credentials'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show who is signed in, which org and roles, where the token is stored and when it expires'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the access token (for scripts); renews it first when it is about to expire'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "refresh" -d 'Renew the access token now'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Revoke the tokens at the issuer and delete them locally'
complete -c ws -n "__fish_ws_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand login" -l listen-address -d 'Loopback address for the browser redirect (default 127.0.0.1 with a random port)' -r
complete -c ws -n "__fish_ws_using_subcommand login" -l timeout -d 'Give up waiting for the browser or device approval after this many seconds' -r
complete -c ws -n "__fish_ws_using_subcommand login" -l client-secret -d 'Client secret for --client-credentials (prefer WS_CLIENT_SECRET or stdin: flags are visible to other users)' -r
complete -c ws -n "__fish_ws_using_subcommand login" -l key-file -d 'Sign in with a ZITADEL service-account JSON key (`-` reads it from stdin)' -r -F
complete -c ws -n "__fish_ws_using_subcommand login" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand login" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand login" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand login" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand login" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand login" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand login" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand login" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand login" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand login" -l web -d 'Use the browser flow (authorization code + PKCE on a loopback redirect)'
complete -c ws -n "__fish_ws_using_subcommand login" -l device -d 'Use the device flow (a code to approve on any device)'
complete -c ws -n "__fish_ws_using_subcommand login" -l no-browser -d 'Do not launch a browser; only print the URL (stderr)'
complete -c ws -n "__fish_ws_using_subcommand login" -l client-credentials -d 'Sign in as a service account with its client id and secret (secret from --client-secret, WS_CLIENT_SECRET or stdin)'
complete -c ws -n "__fish_ws_using_subcommand login" -l with-token -d 'Read a personal access token from stdin and store it'
complete -c ws -n "__fish_ws_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand login" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand logout" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand logout" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand logout" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand logout" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand logout" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand logout" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand logout" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand logout" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand logout" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand logout" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand logout" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand whoami" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand whoami" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand whoami" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand whoami" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand whoami" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand whoami" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand whoami" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand whoami" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand whoami" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -f -a "list" -d 'List the profiles of the config file'
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -f -a "show" -d 'Show the settings in force and where each comes from'
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -f -a "use" -d 'Make a profile the default'
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -f -a "set" -d 'Create a profile or change its settings'
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -f -a "delete" -d 'Delete a profile (its stored tokens too)'
complete -c ws -n "__fish_ws_using_subcommand profile; and not __fish_seen_subcommand_from list show use set delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l unset -d 'Remove a key' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l bootstrap -d 'Take issuer, client_id and project_id from a ws-server bootstrap.json' -r -F
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -l default -d 'Also make this the default profile'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles of the config file'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings in force and where each comes from'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the default'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create a profile or change its settings'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a profile (its stored tokens too)'
complete -c ws -n "__fish_ws_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -f -a "list" -d 'List organizations (all pages)'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -f -a "get" -d 'Show one organization'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -f -a "create" -d 'Create an organization'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -f -a "update" -d 'Rename an organization'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -f -a "deactivate" -d 'Deactivate an organization (its users cannot sign in)'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -f -a "activate" -d 'Activate a deactivated organization'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -f -a "delete" -d 'Delete an organization with everything in it'
complete -c ws -n "__fish_ws_using_subcommand orgs; and not __fish_seen_subcommand_from list get create update deactivate activate delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l search -d 'Only items whose name (users: username, email or display name) contains TEXT, any case' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l state -d 'Only organizations in this state' -r -f -a "active\t''
inactive\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l admin -d 'A user (id, username or login name) who becomes ORG_OWNER; repeatable' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -l name -d 'The new name' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (for scripts; without a terminal it is required)'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List organizations (all pages)'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one organization'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an organization'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "update" -d 'Rename an organization'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate an organization (its users cannot sign in)'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate a deactivated organization'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an organization with everything in it'
complete -c ws -n "__fish_ws_using_subcommand orgs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "list" -d 'List users (all pages)'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "get" -d 'Show one user'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "create" -d 'Create a human (or, with --machine, a machine) user'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "update" -d 'Change a user\'s username, profile or email'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "deactivate" -d 'Deactivate a user (cannot sign in until reactivated)'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "reactivate" -d 'Reactivate a deactivated user'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "lock" -d 'Lock a user'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "unlock" -d 'Unlock a locked user'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "delete" -d 'Delete a user'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "set-password" -d 'Set a human user\'s password (read from stdin)'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "export" -d 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "import" -d 'Create or update users from a CSV, JSON, JSON lines or YAML file'
complete -c ws -n "__fish_ws_using_subcommand users; and not __fish_seen_subcommand_from list get create update deactivate reactivate lock unlock delete set-password export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l search -d 'Only items whose name (users: username, email or display name) contains TEXT, any case' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l state -d 'Only users in this state' -r -f -a "active\t''
inactive\t''
locked\t''
initial\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l username -d 'Username (default: the email for humans)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l email -d 'Email address (humans)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l given-name -d 'Given name (humans)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l family-name -d 'Family name (humans)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l display-name -d 'Display name (humans; default "Given Family")' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l machine -d 'Create a machine user with this name instead of a human' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l description -d 'Machine user description' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l email-verified -d 'Mark the email as verified (no verification mail)'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read an initial password from the first line of stdin'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -l change-required -d 'The password must be changed at the first sign-in'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l username -d 'New username' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l given-name -d 'New given name' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l family-name -d 'New family name' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l display-name -d 'New display name' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l email -d 'New email address' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -l email-verified -d 'Mark the new email as verified'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from lock" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (for scripts; without a terminal it is required)'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -l change-required -d 'The user must change it at the next sign-in'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from set-password" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l search -d 'Only items whose name (users: username, email or display name) contains TEXT, any case' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l roles -d 'Add a `roles` column: every authorization as `project:role;…` (one extra list call)'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -l metadata -d 'Add a `metadata.<key>` column per metadata key (one extra call per user)'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l on-exists -d 'What to do when a user exists with different values' -r -f -a "skip\t'Leave differing values alone (missing roles and metadata keys are still added)'
update\t'Change differing email, names, state and metadata values'
fail\t'Report the row as failed'"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l parallel -d 'Rows applied at the same time' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l generate-passwords -d 'Give created users without a password a random one (change required at first sign-in), written only to FILE (mode 0600) as username,org,password' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l report -d 'Write the per-row report to FILE (CSV if it ends in .csv, else JSON lines)' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l retry-file -d 'Write the failed rows to FILE, in the input format, for a re-run' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would happen (create/update/unchanged/skip per row); only read calls'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users (all pages)'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one user'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a human (or, with --machine, a machine) user'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s username, profile or email'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a user (cannot sign in until reactivated)'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Reactivate a deactivated user'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Lock a user'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Unlock a locked user'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "set-password" -d 'Set a human user\'s password (read from stdin)'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update users from a CSV, JSON, JSON lines or YAML file'
complete -c ws -n "__fish_ws_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand apply" -s f -l file -d 'The tenant file (YAML or JSON), or - for stdin' -r
complete -c ws -n "__fish_ws_using_subcommand apply" -l parallel -d 'Users applied at the same time' -r
complete -c ws -n "__fish_ws_using_subcommand apply" -l report -d 'Write the per-item report to FILE (CSV if it ends in .csv, else JSON lines)' -r -F
complete -c ws -n "__fish_ws_using_subcommand apply" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand apply" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand apply" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand apply" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand apply" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand apply" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand apply" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand apply" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand apply" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand apply" -l dry-run -d 'Show the differences; make no write call (what `ws plan` does)'
complete -c ws -n "__fish_ws_using_subcommand apply" -l prune -d 'Also remove projects, roles, grants and human users of the listed organizations that the file does not list'
complete -c ws -n "__fish_ws_using_subcommand apply" -s y -l yes -d 'Do not ask for confirmation (for scripts; without a terminal it is required)'
complete -c ws -n "__fish_ws_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand apply" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand plan" -s f -l file -d 'The tenant file (YAML or JSON), or - for stdin' -r
complete -c ws -n "__fish_ws_using_subcommand plan" -l parallel -d 'Users applied at the same time' -r
complete -c ws -n "__fish_ws_using_subcommand plan" -l report -d 'Write the per-item report to FILE (CSV if it ends in .csv, else JSON lines)' -r -F
complete -c ws -n "__fish_ws_using_subcommand plan" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand plan" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand plan" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand plan" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand plan" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand plan" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand plan" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand plan" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand plan" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand plan" -l dry-run -d 'Show the differences; make no write call (what `ws plan` does)'
complete -c ws -n "__fish_ws_using_subcommand plan" -l prune -d 'Also remove projects, roles, grants and human users of the listed organizations that the file does not list'
complete -c ws -n "__fish_ws_using_subcommand plan" -s y -l yes -d 'Do not ask for confirmation (for scripts; without a terminal it is required)'
complete -c ws -n "__fish_ws_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand plan" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "list" -d 'List machine users (all pages)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "get" -d 'Show one machine user'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "create" -d 'Create a machine user in --org'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "update" -d 'Change a machine user\'s name, description or token type'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "delete" -d 'Delete a machine user'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "keys" -d 'Keys for the JWT-profile (jwt-bearer) grant'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "pats" -d 'Personal access tokens'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "secret" -d 'The client secret (client credentials grant)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and not __fish_seen_subcommand_from list get create update delete keys pats secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l search -d 'Only items whose name (users: username, email or display name) contains TEXT, any case' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l name -d 'Display name (default: the username)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l token-type -d 'Access token type' -r -f -a "bearer\t'Opaque bearer tokens (checked by introspection)'
jwt\t'JWT access tokens'"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l name -d 'New display name' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l token-type -d 'New access token type' -r -f -a "bearer\t'Opaque bearer tokens (checked by introspection)'
jwt\t'JWT access tokens'"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -f -a "add" -d 'Add a key (the server generates the pair unless --public-key is given)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -f -a "ls" -d 'List a machine user\'s keys'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -f -a "rm" -d 'Remove a key'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from keys" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -f -a "add" -d 'Add a token and print it (shown only this once)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -f -a "ls" -d 'List a machine user\'s tokens (ids and dates)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -f -a "rm" -d 'Remove (revoke) a token'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from pats" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -f -a "generate" -d 'Generate a new client secret (replacing any old one) and print it once'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -f -a "rm" -d 'Remove the client secret'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from secret" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List machine users (all pages)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one machine user'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a machine user in --org'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a machine user\'s name, description or token type'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a machine user'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "keys" -d 'Keys for the JWT-profile (jwt-bearer) grant'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "pats" -d 'Personal access tokens'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "secret" -d 'The client secret (client credentials grant)'
complete -c ws -n "__fish_ws_using_subcommand machine-users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -f -a "list" -d 'List projects (all pages)'
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -f -a "get" -d 'Show one project'
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -f -a "create" -d 'Create a project in --org'
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -f -a "delete" -d 'Delete a project (its roles, grants and authorizations too)'
complete -c ws -n "__fish_ws_using_subcommand projects; and not __fish_seen_subcommand_from list get create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l search -d 'Only items whose name (users: username, email or display name) contains TEXT, any case' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects (all pages)'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one project'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a project in --org'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a project (its roles, grants and authorizations too)'
complete -c ws -n "__fish_ws_using_subcommand projects; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'List a project\'s roles'
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Add a role to a project'
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Remove a role (also from grants and authorizations)'
complete -c ws -n "__fish_ws_using_subcommand roles; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l search -d 'Only items whose name (users: username, email or display name) contains TEXT, any case' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l display-name -d 'Display name (default: the key)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l group -d 'Group the role belongs to' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a project\'s roles'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a role to a project'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a role (also from grants and authorizations)'
complete -c ws -n "__fish_ws_using_subcommand roles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -f -a "list" -d 'List applications (all pages)'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -f -a "get" -d 'Show one application'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -f -a "create" -d 'Create an OIDC (default) or API application in a project'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -f -a "update" -d 'Change an application\'s name or configuration'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -f -a "rm" -d 'Delete an application (its client stops working at once)'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -f -a "secret" -d 'Generate a new client secret (replacing the old one) and print it once'
complete -c ws -n "__fish_ws_using_subcommand apps; and not __fish_seen_subcommand_from list get create update rm secret help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l search -d 'Only items whose name (users: username, email or display name) contains TEXT, any case' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l id -d 'Choose the id (it is also the client id); generated when absent' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l kind -d 'Client kind' -r -f -a "web\t'Server-side web app (confidential)'
spa\t'Single-page app in the browser (public)'
native\t'Installed app or CLI (public)'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l redirect-uri -d 'Allowed redirect URI (repeat for more; on update replaces the list)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l post-logout-uri -d 'Allowed post-logout redirect URI (repeat for more; on update replaces the list)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l grant -d 'Allowed grant type (repeat for more; default authorization-code)' -r -f -a "authorization-code\t'Authorization code (with PKCE for public clients)'
implicit\t'Implicit flow'
refresh-token\t'Refresh tokens'
device-code\t'Device authorization'
token-exchange\t'Token exchange'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l response-type -d 'Allowed response type (repeat for more; default code)' -r -f -a "code\t'`code`'
id-token\t'`id_token`'
id-token-token\t'`id_token token`'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l auth-method -d 'Client authentication at the token endpoint (default basic)' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'
none\t'No secret (public client with PKCE)'
private-key-jwt\t'private_key_jwt'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l dev-mode -d 'Development mode: relaxed redirect URI rules (true or false)' -r -f -a "true\t''
false\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l token-type -d 'Access token kind (default bearer)' -r -f -a "bearer\t'Opaque, checked by introspection'
jwt\t'Signed JWT'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -l api -d 'An API (resource server) app instead of an OIDC client; takes --auth-method basic or private-key-jwt only'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l name -d 'New name' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l kind -d 'Client kind' -r -f -a "web\t'Server-side web app (confidential)'
spa\t'Single-page app in the browser (public)'
native\t'Installed app or CLI (public)'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l redirect-uri -d 'Allowed redirect URI (repeat for more; on update replaces the list)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l post-logout-uri -d 'Allowed post-logout redirect URI (repeat for more; on update replaces the list)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l grant -d 'Allowed grant type (repeat for more; default authorization-code)' -r -f -a "authorization-code\t'Authorization code (with PKCE for public clients)'
implicit\t'Implicit flow'
refresh-token\t'Refresh tokens'
device-code\t'Device authorization'
token-exchange\t'Token exchange'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l response-type -d 'Allowed response type (repeat for more; default code)' -r -f -a "code\t'`code`'
id-token\t'`id_token`'
id-token-token\t'`id_token token`'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l auth-method -d 'Client authentication at the token endpoint (default basic)' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'
none\t'No secret (public client with PKCE)'
private-key-jwt\t'private_key_jwt'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l dev-mode -d 'Development mode: relaxed redirect URI rules (true or false)' -r -f -a "true\t''
false\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l token-type -d 'Access token kind (default bearer)' -r -f -a "bearer\t'Opaque, checked by introspection'
jwt\t'Signed JWT'"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (for scripts; without a terminal it is required)'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from secret" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "list" -d 'List applications (all pages)'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one application'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an OIDC (default) or API application in a project'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an application\'s name or configuration'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete an application (its client stops working at once)'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "secret" -d 'Generate a new client secret (replacing the old one) and print it once'
complete -c ws -n "__fish_ws_using_subcommand apps; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -f -a "list" -d 'List project grants (all pages)'
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -f -a "create" -d 'Grant a project to another organization'
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -f -a "update" -d 'Replace the roles of a project grant'
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -f -a "delete" -d 'Remove a project grant (and the authorizations made under it)'
complete -c ws -n "__fish_ws_using_subcommand grants; and not __fish_seen_subcommand_from list create update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l project -d 'Only grants of this project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l granted-org -d 'The organization that receives the grant (id, name or domain)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l role -d 'A role key of the project to grant; repeatable' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l granted-org -d 'The organization holding the grant (id, name or domain)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l role -d 'The role keys the grant keeps; repeatable (roles not listed are revoked)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l granted-org -d 'The organization holding the grant (id, name or domain)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "list" -d 'List project grants (all pages)'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "create" -d 'Grant a project to another organization'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "update" -d 'Replace the roles of a project grant'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Remove a project grant (and the authorizations made under it)'
complete -c ws -n "__fish_ws_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -f -a "list" -d 'List authorizations (all pages)'
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -f -a "create" -d 'Give a user roles on a project'
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -f -a "update" -d 'Replace the roles of an authorization'
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -f -a "delete" -d 'Delete an authorization by id'
complete -c ws -n "__fish_ws_using_subcommand authz; and not __fish_seen_subcommand_from list create update delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l project -d 'Only on this project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l user -d 'Only of this user (id, username, login name or email)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l user -d 'The user (id, username, login name or email; --org narrows a name)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l project -d 'The project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l role -d 'A role key; repeatable' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l user -d 'Instead of an id: the user (id, username, login name or email)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l project -d 'With --user: the project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l role -d 'The role keys it keeps; repeatable (roles not listed are revoked)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from help" -f -a "list" -d 'List authorizations (all pages)'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from help" -f -a "create" -d 'Give a user roles on a project'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from help" -f -a "update" -d 'Replace the roles of an authorization'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an authorization by id'
complete -c ws -n "__fish_ws_using_subcommand authz; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l project -d 'On this project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -l instance -d 'On the whole instance'
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'List administrators (of one resource when given)'
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Give a user manager roles on a resource'
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Take all manager roles on a resource from a user'
complete -c ws -n "__fish_ws_using_subcommand admins; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l search -d 'Only items whose name (users: username, email or display name) contains TEXT, any case' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N items (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l project -d 'On this project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -l instance -d 'On the whole instance'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l role -d 'A manager role (ORG_OWNER, ORG_USER_MANAGER, PROJECT_OWNER, IAM_OWNER, …); repeatable' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l project -d 'On this project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -l instance -d 'On the whole instance'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l project -d 'On this project (id or name)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -l instance -d 'On the whole instance'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from help" -f -a "list" -d 'List administrators (of one resource when given)'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from help" -f -a "add" -d 'Give a user manager roles on a resource'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take all manager roles on a resource from a user'
complete -c ws -n "__fish_ws_using_subcommand admins; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "ls" -d 'List your docs and the docs shared with you, most recently changed first'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "list" -d 'List your docs and the docs shared with you, most recently changed first'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "search" -d 'Search titles and bodies of the docs you can see'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "get" -d 'Show one doc'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "create" -d 'Create a doc'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "edit" -d 'Edit a doc in $VISUAL or $EDITOR'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "update" -d 'Change a doc\'s title or body'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "rm" -d 'Delete a doc with its history and comments (permanent)'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "delete" -d 'Delete a doc with its history and comments (permanent)'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "history" -d 'List a doc\'s versions, newest first'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "restore" -d 'Make an old version the current one (as a new version)'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "comments" -d 'List a doc\'s comment threads'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "comment" -d 'Comment on a doc, or reply in a thread'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "resolve" -d 'Resolve (or reopen) a comment thread'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "export" -d 'Export a doc as Markdown, HTML or plain text'
complete -c ws -n "__fish_ws_using_subcommand docs; and not __fish_seen_subcommand_from ls list search get create edit update rm delete history restore comments comment resolve export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l limit -d 'Stop after N docs (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l limit -d 'Stop after N docs (all pages are fetched otherwise)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l limit -d 'Stop after N hits' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from search" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l at -d 'Show the doc as it was at version N (see `ws docs history`)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -l body -d 'Print only the Markdown body, as is'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l title -d 'Title (1–200 characters, one line)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l file -d 'Read the Markdown body from FILE, or from stdin with `-`; empty otherwise' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l title -d 'New title' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l file -d 'Replace the body with FILE\'s content, or stdin\'s with `-`' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l if-version -d 'Only if the doc is still at version N (else exit 6, nothing written)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l if-version -d 'Only if the doc is still at version N (else exit 6, nothing deleted)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l if-version -d 'Only if the doc is still at version N (else exit 6, nothing deleted)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l limit -d 'Stop after N versions' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l if-version -d 'Only if the doc is still at version N (else exit 6, nothing written)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -l open -d 'Leave out resolved threads'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comments" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l quote -d 'The passage of the doc the new thread is about' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l reply-to -d 'Reply in the thread of this comment instead of opening a new one' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from comment" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -l reopen -d 'Reopen a resolved thread instead'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from resolve" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l format -d 'Format' -r -f -a "md\t'Markdown source'
html\t'A standalone HTML page'
txt\t'Plain text'"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l file -d 'Write to PATH instead of stdout (`-` is stdout)' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -l save -d 'Write to the file name the server suggests, in the current directory'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List your docs and the docs shared with you, most recently changed first'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search titles and bodies of the docs you can see'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one doc'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a doc'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Edit a doc in $VISUAL or $EDITOR'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a doc\'s title or body'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a doc with its history and comments (permanent)'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "history" -d 'List a doc\'s versions, newest first'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Make an old version the current one (as a new version)'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "comments" -d 'List a doc\'s comment threads'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "comment" -d 'Comment on a doc, or reply in a thread'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Resolve (or reopen) a comment thread'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a doc as Markdown, HTML or plain text'
complete -c ws -n "__fish_ws_using_subcommand docs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -f -a "ls" -d 'List the shares of a resource'
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -f -a "add" -d 'Share a resource with a user, an organization or a link (again: change the role)'
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -f -a "link" -d 'Print the URL of a doc\'s, file\'s or calendar\'s link shares'
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -f -a "rm" -d 'Remove a share: by its id, or a resource\'s share with a user or org'
complete -c ws -n "__fish_ws_using_subcommand share; and not __fish_seen_subcommand_from ls add link rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l doc -d 'A doc, by id or exact title' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l file -l folder -d 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l calendar -d 'A calendar, by id or name' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l doc -d 'A doc, by id or exact title' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l file -l folder -d 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l calendar -d 'A calendar, by id or name' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l user -d 'Share with this user: email, username, user@org-domain or user id' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l org -d 'Share with every member of this organization: its name or id' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l role -d 'The role to give' -r -f -a "viewer\t'Read'
commenter\t'Read and comment'
editor\t'Read and change'
owner\t'Also share and delete'"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l expires -d 'Links only: when the link stops working, a duration from now (7d, 12h) or a date or time (2026-12-31, "2026-12-31 18:00", RFC 3339)' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -l link -d 'Create a link that gives the role to anyone holding it (viewer or commenter)'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l doc -d 'A doc, by id or exact title' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l file -l folder -d 'A drive file or folder, by path in My Drive (/Reports/q3.pdf) or id:ID' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l calendar -d 'A calendar, by id or name' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l user -d 'Remove the resource\'s share with this user (email, username or id)' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l org -d 'Remove the resource\'s share with this organization (name or id)' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List the shares of a resource'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "add" -d 'Share a resource with a user, an organization or a link (again: change the role)'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "link" -d 'Print the URL of a doc\'s, file\'s or calendar\'s link shares'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove a share: by its id, or a resource\'s share with a user or org'
complete -c ws -n "__fish_ws_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand audit" -l actor -d 'Only entries of this user (login name, email or user id)' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l action -d 'Only this action, or every action with this prefix when it ends in \'.\' (docs.)' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l target -d 'Only this target (kind:id, e.g. doc:2839472398)' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l since -d 'Only entries at or after this time: RFC 3339, or a duration ago (15m, 2h, 7days)' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l until -d 'Only entries before this time: RFC 3339, or a duration ago' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l limit -d 'Only the newest N entries, still printed oldest first (listing only)' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand audit" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand audit" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand audit" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand audit" -s f -l follow -d 'Keep printing entries as they are recorded (until interrupted)'
complete -c ws -n "__fish_ws_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand audit" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "ls" -d 'List your calendars and those shared with you'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "create" -d 'Create a calendar'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "rm" -d 'Delete a calendar (not your personal one)'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "events" -d 'Show the events of a date range'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "add" -d 'Add an event'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "update" -d 'Change an event, or one occurrence of a series'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "cancel" -d 'Cancel (delete) an event, or one occurrence of a series'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "invite" -d 'Invite users to an event'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "respond" -d 'Answer an invitation'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "freebusy" -d 'Show when users are busy'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "import" -d 'Import an iCalendar (.ics) file into a calendar'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "export" -d 'Export a calendar as an iCalendar (.ics) file'
complete -c ws -n "__fish_ws_using_subcommand cal; and not __fish_seen_subcommand_from ls create rm events add update cancel invite respond freebusy import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l tz -d 'Default time zone of its events (IANA name; default: --tz, $TZ or the system\'s)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l org-role -d 'Share it with your whole organization (an org calendar)' -r -f -a "viewer\t'Everyone in the org may read it'
editor\t'Everyone in the org may add and change events'"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l from -d 'First day or time (default: today)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l to -d 'End, exclusive (default: a week after --from)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l tz -d 'Time zone to show and read times in (default: $TZ, else the system\'s)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l start -d 'Start: "2026-12-01 10:00" (in --tz), RFC 3339, or a date with --all-day' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l end -d 'End (exclusive), same forms as --start' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l duration -d 'Length instead of --end: 30m, 1h 30m, 2d' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l tz -d 'Time zone of the times (default: $TZ, else the system\'s)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l rrule -d 'Recurrence rule (RFC 5545), e.g. "FREQ=WEEKLY;BYDAY=MO"' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l location -d 'Where' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l description -d 'Description' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l invite -d 'Users to invite (ids or usernames), comma separated' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l all-day -d 'Whole days (--start/--end are dates; --end defaults to the next day)'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -l free -d 'Do not count as busy time'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l occurrence -d 'Only this occurrence (its original_start, as `ws cal events` lists it)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l summary -d 'New title' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l start -d 'Start: "2026-12-01 10:00" (in --tz), RFC 3339, or a date with --all-day' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l end -d 'End (exclusive), same forms as --start' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l duration -d 'Length instead of --end: 30m, 1h 30m, 2d' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l tz -d 'Time zone of the times (default: $TZ, else the system\'s)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l rrule -d 'New recurrence rule ("" ends the recurrence)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l location -d 'New location' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -l all-day -d 'Whole days (--start/--end are dates; --end defaults to the next day)'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l occurrence -d 'Only this occurrence (its original_start)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from respond" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l from -d 'First day or time (default: today)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l to -d 'End, exclusive (default: a week after --from)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l tz -d 'Time zone to show and read times in' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from freebusy" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l file -d 'Write to this file instead of stdout (- is stdout too)' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List your calendars and those shared with you'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a calendar'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Delete a calendar (not your personal one)'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "events" -d 'Show the events of a date range'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an event'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an event, or one occurrence of a series'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel (delete) an event, or one occurrence of a series'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite users to an event'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "respond" -d 'Answer an invitation'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "freebusy" -d 'Show when users are busy'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import an iCalendar (.ics) file into a calendar'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a calendar as an iCalendar (.ics) file'
complete -c ws -n "__fish_ws_using_subcommand cal; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l refresh -d 'Seconds between live refreshes of the current view' -r
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l keymap -d 'Key bindings file (default: keymap.toml beside the config file)' -r -F
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand dashboard" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l readonly -d 'Disable every write action (create, lock, reset password, grants, …)'
complete -c ws -n "__fish_ws_using_subcommand dashboard" -l mouse -d 'Capture the mouse (wheel scrolls, a click selects a row or a view)'
complete -c ws -n "__fish_ws_using_subcommand dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand dashboard" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "ls" -d 'List a folder (My Drive by default), the trash, shared items or a search'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "tree" -d 'Show a folder and everything below it'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "info" -d 'Show one item, or the organization\'s quota without a path'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "mkdir" -d 'Create a folder'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "mv" -d 'Move and/or rename an item'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "cp" -d 'Copy a file, or a folder and everything in it (--recursive)'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "rm" -d 'Move items to the trash (or delete them for good with --permanent)'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "restore" -d 'Take items out of the trash'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "upload" -d 'Upload files or folders (or stdin with `-`)'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "download" -d 'Download files or folders (or to stdout with `-`)'
complete -c ws -n "__fish_ws_using_subcommand drive; and not __fish_seen_subcommand_from ls tree info mkdir mv cp rm restore upload download help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l search -d 'Your items whose name contains TEXT' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l shared -d 'Items others shared with you'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -l trash -d 'Your trash'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from tree" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -s p -l parents -d 'Create missing parent folders too, and succeed if the folder exists'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mkdir" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from mv" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -s r -l recursive -d 'Copy a folder and everything in it'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from cp" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -l permanent -d 'Delete for good instead of moving to the trash (owners only)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (for scripts; without a terminal it is required)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l name -d 'Name on the drive (default: the local name; required for stdin)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l parallel -d 'Files transferred at once' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l chunk-size -d 'Bytes per upload request' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -s r -l recursive -d 'Upload a folder and everything in it'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l overwrite -l update -d 'Replace files of the same name that differ (otherwise they are a conflict)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -l follow-links -d 'Upload what symbolic links point to (by default they are skipped, and said so)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l parallel -d 'Files transferred at once' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -s r -l recursive -d 'Download a folder and everything in it'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List a folder (My Drive by default), the trash, shared items or a search'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "tree" -d 'Show a folder and everything below it'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show one item, or the organization\'s quota without a path'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "mkdir" -d 'Create a folder'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "mv" -d 'Move and/or rename an item'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy a file, or a folder and everything in it (--recursive)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Move items to the trash (or delete them for good with --permanent)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Take items out of the trash'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload files or folders (or stdin with `-`)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download files or folders (or to stdout with `-`)'
complete -c ws -n "__fish_ws_using_subcommand drive; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand doctor" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand doctor" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand doctor" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand doctor" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand doctor" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand doctor" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand doctor" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand doctor" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand doctor" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand completions" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand completions" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand completions" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand completions" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand completions" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand completions" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand completions" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand completions" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand completions" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ws -n "__fish_ws_using_subcommand completions" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -l profile -d 'Profile to use for this command (default: `default_profile` in the config file) [env: WS_PROFILE]' -r
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -l config -d 'Config file [env: WS_CONFIG; default: $XDG_CONFIG_HOME/ws/config.toml]' -r -F
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -l issuer -d 'OIDC issuer URL [env: WS_ISSUER]' -r
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -l api-url -d 'Workspace API URL [env: WS_API_URL]' -r
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -l client-id -d 'OIDC client id (the native app for logins, or a service account for --client-credentials) [env: WS_CLIENT_ID]' -r
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -l org -d 'Organization id to act in [env: WS_ORG]' -r
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -s o -l output -d 'Output format [env: WS_OUTPUT]' -r -f -a "table\t''
json\t''
jsonl\t''
yaml\t''
csv\t''"
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -l fields -d 'Only these fields, comma-separated (dotted paths reach into objects: org.id)' -r
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -l token-store -d 'Where tokens are stored [env: WS_TOKEN_STORE]' -r -f -a "auto\t''
keyring\t''
keyutils\t''
file\t''"
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -s h -l help -d 'Print help'
complete -c ws -n "__fish_ws_using_subcommand generate-assets" -s V -l version -d 'Print version'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "auth" -d 'Sign in and out, show and renew the session'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "login" -d 'Sign in (same as `ws auth login`)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "logout" -d 'Sign out (same as `ws auth logout`)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "whoami" -d 'Show who the current token belongs to'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "profile" -d 'List, show, select and edit profiles'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "orgs" -d 'Manage organizations'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "users" -d 'Manage users'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "apply" -d 'Bring orgs, projects, roles, grants, users and authorizations to a file\'s state'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "plan" -d 'Show what `ws apply -f FILE` would change (no write call)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "machine-users" -d 'Manage machine users (service accounts), their keys, tokens and secrets'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "projects" -d 'Manage projects'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "roles" -d 'Manage project roles'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "apps" -d 'Manage applications (OIDC clients and APIs) of projects'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "grants" -d 'Manage project grants (projects shared with other organizations)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "authz" -d 'Manage authorizations (users\' roles on projects)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "admins" -d 'Manage administrators (manager roles on the instance, orgs and projects)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "docs" -d 'Work with docs (Markdown documents, their history, comments and exports)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "share" -d 'Share docs, folders, files and calendars with users, organizations or links'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "audit" -d 'Show or follow the workspace audit log'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "cal" -d 'Calendars and events: date ranges, invitations, free/busy, .ics files'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "dashboard" -d 'Open the interactive terminal dashboard'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "drive" -d 'Files and folders in the workspace drive: transfers, listing, trash'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "doctor" -d 'Check config, token store, issuer, clock skew and the workspace API'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "completions" -d 'Print a shell completion script'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "generate-assets" -d 'Write completion scripts and man pages (for packaging; used to refresh the repository copies)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile orgs users apply plan machine-users projects roles apps grants authz admins docs share audit cal dashboard drive doctor completions generate-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Sign in: browser (PKCE), device code, or machine credentials'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show who is signed in, which org and roles, where the token is stored and when it expires'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the access token (for scripts); renews it first when it is about to expire'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "refresh" -d 'Renew the access token now'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Revoke the tokens at the issuer and delete them locally'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List the profiles of the config file'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show the settings in force and where each comes from'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "use" -d 'Make a profile the default'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Create a profile or change its settings'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "delete" -d 'Delete a profile (its stored tokens too)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from orgs" -f -a "list" -d 'List organizations (all pages)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from orgs" -f -a "get" -d 'Show one organization'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from orgs" -f -a "create" -d 'Create an organization'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from orgs" -f -a "update" -d 'Rename an organization'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from orgs" -f -a "deactivate" -d 'Deactivate an organization (its users cannot sign in)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from orgs" -f -a "activate" -d 'Activate a deactivated organization'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from orgs" -f -a "delete" -d 'Delete an organization with everything in it'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users (all pages)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "get" -d 'Show one user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a human (or, with --machine, a machine) user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user\'s username, profile or email'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "deactivate" -d 'Deactivate a user (cannot sign in until reactivated)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "reactivate" -d 'Reactivate a deactivated user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "lock" -d 'Lock a user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "unlock" -d 'Unlock a locked user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete a user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "set-password" -d 'Set a human user\'s password (read from stdin)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "export" -d 'Write users as flat rows (`-o csv|jsonl|yaml`) that `import` reads back'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "import" -d 'Create or update users from a CSV, JSON, JSON lines or YAML file'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from machine-users" -f -a "list" -d 'List machine users (all pages)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from machine-users" -f -a "get" -d 'Show one machine user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from machine-users" -f -a "create" -d 'Create a machine user in --org'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from machine-users" -f -a "update" -d 'Change a machine user\'s name, description or token type'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from machine-users" -f -a "delete" -d 'Delete a machine user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from machine-users" -f -a "keys" -d 'Keys for the JWT-profile (jwt-bearer) grant'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from machine-users" -f -a "pats" -d 'Personal access tokens'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from machine-users" -f -a "secret" -d 'The client secret (client credentials grant)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "list" -d 'List projects (all pages)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "get" -d 'Show one project'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "create" -d 'Create a project in --org'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from projects" -f -a "delete" -d 'Delete a project (its roles, grants and authorizations too)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "list" -d 'List a project\'s roles'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "add" -d 'Add a role to a project'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from roles" -f -a "remove" -d 'Remove a role (also from grants and authorizations)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "list" -d 'List applications (all pages)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "get" -d 'Show one application'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "create" -d 'Create an OIDC (default) or API application in a project'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "update" -d 'Change an application\'s name or configuration'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "rm" -d 'Delete an application (its client stops working at once)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from apps" -f -a "secret" -d 'Generate a new client secret (replacing the old one) and print it once'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from grants" -f -a "list" -d 'List project grants (all pages)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from grants" -f -a "create" -d 'Grant a project to another organization'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from grants" -f -a "update" -d 'Replace the roles of a project grant'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from grants" -f -a "delete" -d 'Remove a project grant (and the authorizations made under it)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from authz" -f -a "list" -d 'List authorizations (all pages)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from authz" -f -a "create" -d 'Give a user roles on a project'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from authz" -f -a "update" -d 'Replace the roles of an authorization'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from authz" -f -a "delete" -d 'Delete an authorization by id'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from admins" -f -a "list" -d 'List administrators (of one resource when given)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from admins" -f -a "add" -d 'Give a user manager roles on a resource'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from admins" -f -a "remove" -d 'Take all manager roles on a resource from a user'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "ls" -d 'List your docs and the docs shared with you, most recently changed first'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "search" -d 'Search titles and bodies of the docs you can see'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "get" -d 'Show one doc'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "create" -d 'Create a doc'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "edit" -d 'Edit a doc in $VISUAL or $EDITOR'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "update" -d 'Change a doc\'s title or body'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "rm" -d 'Delete a doc with its history and comments (permanent)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "history" -d 'List a doc\'s versions, newest first'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "restore" -d 'Make an old version the current one (as a new version)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "comments" -d 'List a doc\'s comment threads'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "comment" -d 'Comment on a doc, or reply in a thread'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "resolve" -d 'Resolve (or reopen) a comment thread'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from docs" -f -a "export" -d 'Export a doc as Markdown, HTML or plain text'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "ls" -d 'List the shares of a resource'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "add" -d 'Share a resource with a user, an organization or a link (again: change the role)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "link" -d 'Print the URL of a doc\'s, file\'s or calendar\'s link shares'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "rm" -d 'Remove a share: by its id, or a resource\'s share with a user or org'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "ls" -d 'List your calendars and those shared with you'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "create" -d 'Create a calendar'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "rm" -d 'Delete a calendar (not your personal one)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "events" -d 'Show the events of a date range'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "add" -d 'Add an event'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "update" -d 'Change an event, or one occurrence of a series'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "cancel" -d 'Cancel (delete) an event, or one occurrence of a series'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "invite" -d 'Invite users to an event'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "respond" -d 'Answer an invitation'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "freebusy" -d 'Show when users are busy'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "import" -d 'Import an iCalendar (.ics) file into a calendar'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from cal" -f -a "export" -d 'Export a calendar as an iCalendar (.ics) file'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "ls" -d 'List a folder (My Drive by default), the trash, shared items or a search'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "tree" -d 'Show a folder and everything below it'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "info" -d 'Show one item, or the organization\'s quota without a path'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "mkdir" -d 'Create a folder'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "mv" -d 'Move and/or rename an item'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "cp" -d 'Copy a file, or a folder and everything in it (--recursive)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "rm" -d 'Move items to the trash (or delete them for good with --permanent)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "restore" -d 'Take items out of the trash'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "upload" -d 'Upload files or folders (or stdin with `-`)'
complete -c ws -n "__fish_ws_using_subcommand help; and __fish_seen_subcommand_from drive" -f -a "download" -d 'Download files or folders (or to stdout with `-`)'
