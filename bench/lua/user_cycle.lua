-- ZITADEL's load-test iteration: create → update → lock → delete one human user, as
-- four sequential Connect calls per iteration. Run with one connection per thread
-- (-c equal to -t) so each thread's requests are strictly sequential. Env as in
-- create_user.lua (PASSWORD set = the create hashes a password).
local counter = 0
function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
end

local step, n, user = 0, 0, ""
function init(args)
    org, pat, prefix = os.getenv("ORG"), os.getenv("PAT"), os.getenv("PREFIX")
    password = os.getenv("PASSWORD") or ""
    headers = {
        ["Authorization"] = "Bearer " .. pat,
        ["Content-Type"] = "application/json",
        ["Connect-Protocol-Version"] = "1",
    }
end

local function call(method, body)
    return wrk.format("POST", "/zitadel.user.v2.UserService/" .. method, headers, body)
end

function request()
    if step == 0 then
        n = n + 1
        local name = string.format("%s-%d-%d", prefix, id, n)
        local pw = ""
        if password ~= "" then
            pw = string.format(',"password":{"password":"%s","changeRequired":false}', password)
        end
        return call("CreateUser", string.format(
            '{"organizationId":"%s","username":"%s","human":{"profile":{"givenName":"Cycle","familyName":"User"},"email":{"email":"%s@example.com"}%s}}',
            org, name, name, pw))
    elseif step == 1 then
        return call("UpdateUser", string.format(
            '{"userId":"%s","human":{"profile":{"givenName":"Cycle","familyName":"Changed"}}}', user))
    elseif step == 2 then
        return call("LockUser", string.format('{"userId":"%s"}', user))
    else
        return call("DeleteUser", string.format('{"userId":"%s"}', user))
    end
end

function response(status, headers, body)
    if status ~= 200 then
        -- Start over with a new user; wrk counts the non-2xx answer.
        step = 0
        return
    end
    if step == 0 then
        user = string.match(body, '"id"%s*:%s*"([^"]+)"') or ""
    end
    step = (step + 1) % 4
end
