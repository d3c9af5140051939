-- POST /zitadel.user.v2.UserService/CreateUser with a fresh username per request:
-- the same call `ws users import` makes per row. Env: ORG (organization id), PAT,
-- PREFIX (unique per run), PASSWORD (optional: then every user gets it, hashed with
-- argon2id by the server).
local counter = 0
function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
end

local n = 0
function init(args)
    org, pat, prefix = os.getenv("ORG"), os.getenv("PAT"), os.getenv("PREFIX")
    password = os.getenv("PASSWORD") or ""
end

function request()
    n = n + 1
    local name = string.format("%s-%d-%d", prefix, id, n)
    local pw = ""
    if password ~= "" then
        pw = string.format(',"password":{"password":"%s","changeRequired":false}', password)
    end
    local body = string.format(
        '{"organizationId":"%s","username":"%s","human":{"profile":{"givenName":"Bench","familyName":"User"},"email":{"email":"%s@example.com"}%s}}',
        org, name, name, pw)
    return wrk.format("POST", "/zitadel.user.v2.UserService/CreateUser", {
        ["Authorization"] = "Bearer " .. pat,
        ["Content-Type"] = "application/json",
        ["Connect-Protocol-Version"] = "1",
    }, body)
end
