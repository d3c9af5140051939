-- POST /oauth/v2/introspect of one shared token, client_secret_basic as $BASIC.
wrk.method = "POST"
wrk.headers["Authorization"] = "Basic " .. os.getenv("BASIC")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "token=" .. os.getenv("TOKEN")
