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
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "auth" -d 'Sign in and out, show and renew the session'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "login" -d 'Sign in (same as `ws auth login`)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "logout" -d 'Sign out (same as `ws auth logout`)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "whoami" -d 'Show who the current token belongs to'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "profile" -d 'List, show, select and edit profiles'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "doctor" -d 'Check config, token store, issuer, clock skew and the workspace API'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "completions" -d 'Print a shell completion script'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "generate-assets" -d 'Write completion scripts and man pages (for packaging; used to refresh the repository copies)'
complete -c ws -n "__fish_ws_using_subcommand help; and not __fish_seen_subcommand_from auth login logout whoami profile doctor completions generate-assets help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
