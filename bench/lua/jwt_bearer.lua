-- POST /oauth/v2/token with the jwt-bearer grant and a fresh pre-signed assertion per
-- request (read from $ASSERTIONS, one per line; each thread walks its own stride).
local counter = 0
local threads = {}

function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

local lines, pos, stride = {}, 0, 1

function init(args)
    stride = tonumber(os.getenv("WRK_THREADS") or "1")
    for line in io.lines(os.getenv("ASSERTIONS")) do
        lines[#lines + 1] = line
    end
    pos = id + 1 - stride
    used = 0
end

function request()
    pos = pos + stride
    if pos > #lines then
        -- Out of fresh assertions: the run is too long for the file. Fail loudly.
        error("ran out of assertions; generate more")
    end
    used = used + 1
    return wrk.format("POST", "/oauth/v2/token",
        { ["Content-Type"] = "application/x-www-form-urlencoded" },
        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&scope=openid&assertion=" .. lines[pos])
end

function done(summary, latency, requests)
    local n = 0
    for _, t in ipairs(threads) do n = n + t:get("used") end
    io.write(string.format("assertions used: %d (each once)\n", n))
end
