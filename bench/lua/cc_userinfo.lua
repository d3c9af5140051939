-- Pairs of client-credentials token + userinfo with that token: each token response
-- queues its access token, and the connection's next request spends it on userinfo.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    queue = {}
    pairs_done = 0
    tokens = 0
    errors = 0
    basic = os.getenv("BASIC")
    body = "grant_type=client_credentials&scope=" .. os.getenv("SCOPE")
end

function request()
    local tok = table.remove(queue)
    if tok then
        return wrk.format("GET", "/oidc/v1/userinfo", { ["Authorization"] = "Bearer " .. tok }, nil)
    end
    return wrk.format("POST", "/oauth/v2/token", {
        ["Authorization"] = "Basic " .. basic,
        ["Content-Type"] = "application/x-www-form-urlencoded",
    }, body)
end

function response(status, headers, body)
    if status ~= 200 then
        errors = errors + 1
        return
    end
    local tok = string.match(body, '"access_token"%s*:%s*"([^"]+)"')
    if tok then
        tokens = tokens + 1
        table.insert(queue, tok)
    else
        pairs_done = pairs_done + 1
    end
end

function done(summary, latency, requests)
    local p, e = 0, 0
    for _, t in ipairs(threads) do
        p = p + t:get("pairs_done")
        e = e + t:get("errors")
    end
    local secs = summary.duration / 1e6
    io.write(string.format("pairs: %d in %.2fs = %.1f pairs/s (non-200: %d)\n", p, secs, p / secs, e))
end
